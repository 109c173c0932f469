#pragma once
// Internal (includes torch): the loss terms of METHOD.md stage 2, each a function of its own so that
// it can be checked against a hand-computed value. Networks are passed as functions, so a test can
// use simple known maps in their place. Slices are [N, 1, H, W] in [-1, 1]; a "run" is S + 1
// consecutive slices x_1..x_{S+1} as [S + 1, 1, H, W].
#include <torch/torch.h>

#include <functional>

namespace nuclei3d {

using SliceNet = std::function<torch::Tensor(const torch::Tensor&)>;

/// Least-squares GAN, generator side: mean((D(fake) - 1)^2).
torch::Tensor lsganGeneratorLoss(const torch::Tensor& scoresOfFake);
/// Least-squares GAN, discriminator side: (mean((D(real) - 1)^2) + mean(D(fake)^2)) / 2.
torch::Tensor lsganDiscriminatorLoss(const torch::Tensor& scoresOfReal, const torch::Tensor& scoresOfFake);

/// Mean absolute difference.
torch::Tensor l1Loss(const torch::Tensor& a, const torch::Tensor& b);

/// L_recurrent(P) = || x_{S+1} - P(x_1..x_S) ||_1 (mean over pixels).
torch::Tensor recurrentLoss(const SliceNet& predictor, const torch::Tensor& run);

/// L_recycle(Gx, Gy, P) = || x_{S+1} - Gy(P(Gx(x_1)..Gx(x_S))) ||_1. `mappedRun` is Gx applied to the
/// run (only its first S slices are used), passed in because the GAN term computes it anyway.
torch::Tensor recycleLoss(const torch::Tensor& mappedRun, const SliceNet& predictor, const SliceNet& back,
                          const torch::Tensor& run);

/// The distance weight of the Hausdorff loss for masks [N, 1, H, W] of 0/1 (no gradient): for each
/// slice, the Euclidean distance (in pixels, core distance transform) of every pixel to the nearest
/// pixel of the other class, i.e. the unsigned distance to the mask's boundary, as Karimi and
/// Salcudean use it. A slice that is all one class has no boundary and gets 0.
torch::Tensor boundaryDistance(const torch::Tensor& mask);

/// L_contour = sqrt(mean((p - q)^2 * (DT(q)^2 + DT(p > 0.5)^2))) for p in [0, 1] (the prediction)
/// and q in {0, 1} (I_binary), both [N, 1, H, W]. The distance maps carry no gradient. A tiny
/// constant under the root keeps the gradient finite when p == q everywhere.
torch::Tensor contourLoss(const torch::Tensor& p, const torch::Tensor& q);

/// Ours, not the publication's: 1 - Pearson correlation (over all pixels of the batch) between
/// `generated` averaged over 5 x 5 pixels and `reference`, both [N, 1, H, W]. Scale and offset free,
/// and blind to texture finer than the averaging, so G1 stays free to choose intensities and noise
/// but not where the bright blobs are. 0 for a perfect match, 2 for an inverted one; 1 when either
/// side is constant.
torch::Tensor geometryLoss(const torch::Tensor& generated, const torch::Tensor& reference);

} // namespace nuclei3d
