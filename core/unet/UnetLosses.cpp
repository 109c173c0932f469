#include "unet/UnetLosses.h"

#include "filters/GaussianBlur.h"
#include "unet/FastConv.h"

namespace nuclei3d {
namespace {

// Separable Gaussian along one axis (2 = z, 3 = y, 4 = x) with replicate borders.
torch::Tensor smoothAxis(const torch::Tensor& p, const torch::Tensor& half, int axis) {
    const std::int64_t radius = half.size(0) - 1;
    torch::Tensor kernel = torch::cat({half.flip(0).narrow(0, 0, radius), half}).to(p.options());
    std::vector<std::int64_t> shape{1, 1, 1, 1, 1};
    shape[static_cast<std::size_t>(axis)] = 2 * radius + 1;
    std::vector<std::int64_t> pad(6, 0); // (x-, x+, y-, y+, z-, z+)
    pad[static_cast<std::size_t>(2 * (4 - axis))] = radius;
    pad[static_cast<std::size_t>(2 * (4 - axis) + 1)] = radius;
    const torch::Tensor padded = torch::nn::functional::pad(
        p, torch::nn::functional::PadFuncOptions(pad).mode(torch::kReplicate));
    return conv3dFast(padded, kernel.view(shape), torch::Tensor(), 0);
}

torch::Tensor centralDifference(const torch::Tensor& padded, int axis) {
    const std::int64_t n = padded.size(axis) - 2;
    torch::Tensor d = padded.narrow(axis, 2, n) - padded.narrow(axis, 0, n);
    // Trim the other two padded axes back to the volume.
    for (int other = 2; other <= 4; ++other)
        if (other != axis)
            d = d.narrow(other, 1, padded.size(other) - 2);
    return d;
}

} // namespace

torch::Tensor bceLoss(const torch::Tensor& logits, const torch::Tensor& target) {
    return torch::binary_cross_entropy_with_logits(logits, target);
}

torch::Tensor diceLoss(const torch::Tensor& probability, const torch::Tensor& target) {
    const torch::Tensor overlap = (probability * target).sum();
    return 1.0 - (2.0 * overlap + 1.0) / (probability.sum() + target.sum() + 1.0);
}

torch::Tensor edgeMap(const torch::Tensor& probability, double sigma) {
    torch::Tensor p = probability;
    if (sigma > 0.0) {
        const std::vector<float> halfKernel = gaussianKernelHalf(sigma);
        const torch::Tensor half = torch::tensor(halfKernel);
        for (int axis = 2; axis <= 4; ++axis)
            p = smoothAxis(p, half, axis);
    }
    const torch::Tensor padded = torch::nn::functional::pad(
        p, torch::nn::functional::PadFuncOptions({1, 1, 1, 1, 1, 1}).mode(torch::kReplicate));
    torch::Tensor squared = torch::zeros_like(p);
    for (int axis = 2; axis <= 4; ++axis)
        squared = squared + centralDifference(padded, axis).square();
    // The small offset keeps the square root's derivative finite where the prediction is flat.
    return torch::sqrt(squared + 1e-8);
}

torch::Tensor contourLoss(const torch::Tensor& probability, const torch::Tensor& contour, double sigma) {
    return torch::mse_loss(edgeMap(probability, sigma), contour);
}

LossTerms segmentationLoss(const torch::Tensor& logits, const torch::Tensor& binary,
                           const torch::Tensor& contour, const LossWeights& weights) {
    const torch::Tensor probability = torch::sigmoid(logits);
    const torch::Tensor bce = bceLoss(logits, binary);
    const torch::Tensor dice = diceLoss(probability, binary);
    torch::Tensor total = weights.bce * bce + weights.dice * dice;
    LossTerms terms;
    if (weights.contour > 0.0) {
        const torch::Tensor edge = contourLoss(probability, contour, weights.edgeSigma);
        total = total + weights.contour * edge;
        terms.contour = edge.item<double>();
    }
    terms.total = total;
    terms.main = bce.item<double>();
    terms.dice = dice.item<double>();
    return terms;
}

LossTerms shapeLoss(const torch::Tensor& logits, const torch::Tensor& shape, const torch::Tensor& contour,
                    const LossWeights& weights) {
    const torch::Tensor prediction = torch::sigmoid(logits);
    const torch::Tensor mse = torch::mse_loss(prediction, shape);
    torch::Tensor total = mse;
    LossTerms terms;
    if (weights.contour > 0.0) {
        const torch::Tensor edge = contourLoss(prediction, contour, weights.edgeSigma);
        total = total + weights.contour * edge;
        terms.contour = edge.item<double>();
    }
    terms.total = total;
    terms.main = mse.item<double>();
    return terms;
}

} // namespace nuclei3d
