#include "pipeline/ParameterSchema.h"
#include "pipeline/parameters/StageParameters.h"

namespace nuclei3d {

// Stage 2 of METHOD.md: Recycle-GAN along z with the Hausdorff-distance contour loss.
// The defaults are the small configuration that trains on a 2-core CPU in tens of minutes; the
// publication-sized one (128^2 slices, width 64, 9 residual blocks) is for a GPU.
void declareGanParameters(ParameterSchema& s) {
    s.addStage("gan", "2. Recycle-GAN");
    s.addChoice("gan.mode", "Synthesis mode", "recyclegan-hd",
                {"recyclegan-hd", "recyclegan", "cyclegan", "spcyclegan", "nogan"},
                "How I_syn is made: Recycle-GAN with the Hausdorff loss (publication), its ablations, or the non-GAN microscope.");
    s.addInteger("gan.crop_size", "Real crop size", 128, 16, 1024, "voxels",
                 "Edge of the random real crops of domain B and of the synthetic volumes of domain A.");
    s.addInteger("gan.slice_size", "Training slice size", 64, 16, 1024, "voxels",
                 "Edge of the xy slices the networks train on (publication-sized: 128).");
    s.addInteger("gan.predictor_slices", "Predictor slices S", 10, 2, 64, "slices",
                 "Consecutive slices the predictors P1 and P2 take to predict the next one.");
    s.addReal("gan.lambda_recycle_ab", "lambda1: recycle A", 1.0, 0.0, 1000.0, "", "Weight of L_recycle(G1, G2, P2).");
    s.addReal("gan.lambda_recycle_ba", "lambda2: recycle B", 10.0, 0.0, 1000.0, "", "Weight of L_recycle(G2, G1, P1).");
    s.addReal("gan.lambda_recurrent_a", "lambda3: recurrent P1", 10.0, 0.0, 1000.0, "", "Weight of L_recurrent(P1).");
    s.addReal("gan.lambda_recurrent_b", "lambda4: recurrent P2", 10.0, 0.0, 1000.0, "", "Weight of L_recurrent(P2).");
    s.addReal("gan.lambda_contour", "lambda5: contour", 0.1, 0.0, 1000.0, "",
              "Weight of the Hausdorff-distance contour loss L_contour(G2, P1).");
    s.addReal("gan.lambda_spatial", "SpCycleGAN spatial weight", 1.0, 0.0, 1000.0, "",
              "Weight of the segmentor's spatial-constraint term (spcyclegan mode only).");
    s.addReal("gan.lambda_geometry", "G1 geometry weight", 1.0, 0.0, 1000.0, "",
              "Weight of a term that keeps G1's nuclei where the input's are: one minus the correlation of G1's "
              "output, averaged over 5x5 pixels, with its input (ours; 0 = off, as in the publication).");
    s.addReal("gan.cycle_noise", "Cycle noise", 0.0, 0.0, 2.0, "",
              "Standard deviation of Gaussian noise added to G1's and G2's pictures (on -1..1) before the cycle, "
              "recycle and contour terms map them back (ours; 0 = off, as in the publication): a generator then "
              "cannot pass shapes back through patterns too faint to see. At 0.1 it did not help on bbbc050 "
              "(docs/ACCURACY.md).");
    s.addBoolean("gan.contour_skip_empty", "Contour only where nuclei are", false,
                 "Leave L_contour out of steps whose binary slice holds no nucleus (ours; off = as in the "
                 "publication). There is no contour to match there, and on such empty runs G1's gradient from the "
                 "term is hundreds of times its usual size (docs/ACCURACY.md).");
    s.addReal("gan.learning_rate", "Learning rate", 1e-4, 1e-7, 1.0, "", "Adam learning rate.");
    s.addReal("gan.beta1", "Adam beta1", 0.5, 0.0, 0.999, "", "Adam first-moment decay (ours).");
    s.addReal("gan.beta2", "Adam beta2", 0.999, 0.0, 0.99999, "", "Adam second-moment decay (ours).");
    s.addInteger("gan.steps", "Training steps", 2000, 1, 10000000, "steps", "GAN training iterations.");
    s.addInteger("gan.generator_filters", "Generator width", 16, 4, 256, "channels",
                 "Channels of the first layer of the generators and predictors (publication-sized: 64).");
    s.addInteger("gan.generator_blocks", "Generator residual blocks", 3, 0, 32, "",
                 "Residual blocks at the bottleneck of the generators and predictors (publication-sized: 9).");
    s.addInteger("gan.generator_downsamplings", "Generator downsamplings", 2, 1, 4, "",
                 "Stride-2 steps of the generators and predictors; slices must be multiples of 2^this.");
    s.addInteger("gan.discriminator_filters", "Discriminator width", 16, 4, 256, "channels",
                 "Channels of the patch discriminators' first layer (publication-sized: 64).");
    s.addInteger("gan.discriminator_layers", "Discriminator layers", 3, 1, 6, "",
                 "Convolution layers of the patch discriminators before the output layer.");
    s.addInteger("gan.synthetic_volumes", "Domain A volumes", 4, 1, 1000, "",
                 "Blurred synthetic binary volumes made for domain A (shaped like the real volume).");
    s.addReal("gan.like_density", "Domain A density against the image", 1.0, 0.05, 2.0, "",
              "run and train-gan (ours): domain A's synthetic nuclei per volume as a share of those the image holds. "
              "An unpaired GAN learns to turn domain A's pictures into ones like the image's, so a sparser domain A "
              "teaches G1 to add nuclei the labels do not have (docs/ACCURACY.md).");
    s.addReal("gan.foreground_fraction", "Domain A foreground fraction", 0.0, 0.0, 0.74, "",
              "Share of domain A's voxels inside nuclei; 0 = synth.foreground_fraction. run and train-gan set it "
              "from the image (gan.like_density) unless synth.count or synth.foreground_fraction is given.");
    s.addInteger("gan.sample_every", "Samples every", 100, 1, 1000000, "steps", "How often sample slices are written.");
    s.addInteger("gan.checkpoint_every", "Checkpoint every", 200, 1, 1000000, "steps", "How often all networks are saved.");
    s.addInteger("gan.seed", "Random seed", 1, 0, 2147483647, "", "Seed for initialisation and crops.");
}

} // namespace nuclei3d
