#include "pipeline/ParameterSchema.h"
#include "pipeline/parameters/StageParameters.h"

namespace nuclei3d {

// Stage 3 of METHOD.md: the two 3D U-Nets and their training pairs.
void declareUnetParameters(ParameterSchema& s) {
    s.addStage("pairs", "3a. Training pairs");
    s.addInteger("pairs.volumes", "Synthetic volumes", 10, 1, 10000, "", "Synthetic volumes made for training pairs.");
    s.addInteger("pairs.volume_size", "Synthetic volume edge", 128, 16, 2048, "voxels", "Edge of each synthetic volume.");
    s.addInteger("pairs.crop_size", "Pair size", 64, 8, 1024, "voxels",
                 "Edge of each training pair; each volume is cut into (volume/crop)^3 pairs.");
    s.addReal("pairs.microscope_share", "Microscope share", 0.5, 0.0, 1.0, "",
              "With a GAN input (gan.mode other than nogan; ours): the share of the synthetic volumes whose input is "
              "the non-GAN synthetic microscope's instead of G1's, so the networks learn from both looks. "
              "0 = G1 only, as in the publication.");

    s.addStage("unet", "3b. 3D U-Nets");
    s.addInteger("unet.depth", "Levels", 3, 1, 6, "", "Resolution levels of the U-Net (publication-sized: 4).");
    s.addInteger("unet.base_filters", "Base width", 16, 2, 256, "channels",
                 "Channels at the first level, doubled at each level down (publication-sized: 32 or more).");
    s.addReal("unet.learning_rate", "Learning rate", 1e-4, 1e-7, 1.0, "", "Adam learning rate.");
    s.addInteger("unet.steps", "Training steps", 2000, 1, 10000000, "steps", "Training iterations per network.");
    s.addInteger("unet.batch_size", "Batch size", 2, 1, 256, "", "Training pairs per step.");
    s.addReal("unet.validation_fraction", "Validation fraction", 0.1, 0.0, 0.5, "", "Share of the pairs kept for validation.");
    s.addReal("unet.bce_weight", "BCE weight", 1.0, 0.0, 100.0, "", "Weight of binary cross-entropy (M1).");
    s.addReal("unet.dice_weight", "Dice weight", 1.0, 0.0, 100.0, "", "Weight of the Dice loss (M1).");
    s.addReal("unet.contour_weight", "Contour weight", 1.0, 0.0, 100.0, "",
              "Weight of MSE(I_contour, E(prediction)), the differentiable edge-map term (M1 and M2).");
    s.addReal("unet.edge_sigma", "Edge smoothing", 1.0, 0.0, 10.0, "voxels",
              "Smoothing before the gradient magnitude of the differentiable edge map.");
    s.addInteger("unet.checkpoint_every", "Checkpoint every", 200, 1, 1000000, "steps", "How often a checkpoint is written.");
    s.addReal("unet.gain_min", "Lowest contrast gain", 0.8, 0.05, 1.0, "",
              "Intensity augmentation (ours): each training input is multiplied by a gain drawn between this and "
              "the highest gain, so that real nuclei dimmer than the synthetic ones are still nuclei.");
    s.addReal("unet.gain_max", "Highest contrast gain", 1.2, 1.0, 5.0, "", "Upper end of the augmentation's gain.");
    s.addInteger("unet.seed", "Random seed", 1, 0, 2147483647, "", "Seed for initialisation, splits and augmentation.");
    s.addInteger("unet.attempts", "M1 attempts", 2, 1, 10, "",
                 "run only (ours): when M1's foreground overlaps a plain Otsu threshold of the image by less than the "
                 "retry limit, M1 is trained again with the next seed, up to this many times in all (for each ensemble "
                 "member); the best overlapping M1 is used.");
    s.addReal("unet.retry_below", "Retry below overlap", 0.4, 0.0, 1.0, "",
              "run only (ours): the foreground overlap (IoU with Otsu) below which M1 is trained again.");
    s.addInteger("unet.ensemble", "M1 ensemble", 1, 1, 5, "",
                 "run only (ours): this many M1s, trained with different seeds on the same pairs, whose "
                 "probability maps are averaged; two are better than one on bbbc050 (docs/ACCURACY.md) and take "
                 "twice M1's training time.");
}

// Stage 4 of METHOD.md: tiled inference on the real volume.
void declareInferenceParameters(ParameterSchema& s) {
    s.addStage("inference", "4. Inference");
    s.addInteger("inference.tile_size", "Tile size", 64, 16, 1024, "voxels", "Edge of the cubic tiles the networks see.");
    s.addInteger("inference.tile_overlap", "Tile overlap", 16, 0, 512, "voxels", "Overlap between neighbouring tiles, blended smoothly.");
    s.addInteger("inference.views", "Orientations averaged", 1, 1, 8, "",
                 "Test-time augmentation (ours): each tile is predicted in this many of its eight xy flips and "
                 "transposes and the results are averaged; steadier output for this many times the inference time.");
    s.addReal("inference.percentile_low", "Low percentile", 1.0, 0.0, 50.0, "%", "Intensity mapped to 0 (ours: as in training; a model file stores it and segment uses that unless this is given).");
    s.addReal("inference.percentile_high", "High percentile", 99.8, 50.0, 100.0, "%", "Intensity mapped to 1 (a model file stores it, as the low one).");
}

} // namespace nuclei3d
