#pragma once
// Internal (includes torch): the training losses of METHOD.md stage 3.
// M1 (segmentation): BCE + Dice + MSE(I_contour, E(p)); M2 (shape): MSE + the same contour term.
// E is our differentiable stand-in for Canny: the gradient magnitude of the Gaussian-smoothed
// prediction, with central differences spanning two voxels so that a sharp 0 -> 1 step gives
// E = 1 on the voxels either side of it (the scale of a binary I_contour).
#include <torch/torch.h>

namespace nuclei3d {

struct LossWeights {
    double bce = 1.0;
    double dice = 1.0;
    double contour = 1.0;
    double edgeSigma = 1.0; ///< voxels; 0 = no smoothing before the gradient
};

/// The total to minimise and its parts (parts detached, for the log).
struct LossTerms {
    torch::Tensor total;
    double main = 0.0;    ///< BCE (M1) or MSE (M2)
    double dice = 0.0;    ///< M1 only
    double contour = 0.0;
};

/// Mean binary cross-entropy of logits against targets in [0, 1].
torch::Tensor bceLoss(const torch::Tensor& logits, const torch::Tensor& target);
/// 1 - (2 sum(p t) + 1) / (sum p + sum t + 1) over the whole batch; the +1 keeps crops without
/// any nucleus from dividing by zero (and scores an empty prediction of an empty crop as perfect).
torch::Tensor diceLoss(const torch::Tensor& probability, const torch::Tensor& target);
/// E(p) for p [N, 1, D, H, W]: replicate-padded, so a constant volume has no edges at its border.
torch::Tensor edgeMap(const torch::Tensor& probability, double sigma);
/// MSE(contour, E(p)) with contour in {0, 1}.
torch::Tensor contourLoss(const torch::Tensor& probability, const torch::Tensor& contour, double sigma);

/// M1: logits against binary and contour targets in {0, 1}.
LossTerms segmentationLoss(const torch::Tensor& logits, const torch::Tensor& binary,
                           const torch::Tensor& contour, const LossWeights& weights);
/// M2: sigmoid(logits) regresses the shape map (I_shapemarker / 255).
LossTerms shapeLoss(const torch::Tensor& logits, const torch::Tensor& shape, const torch::Tensor& contour,
                    const LossWeights& weights);

} // namespace nuclei3d
