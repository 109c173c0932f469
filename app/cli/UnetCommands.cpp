#include "UnetForwarding.h"

namespace nuclei3d::cli {

const UnetCommandInfo kUnetCommands[5] = {
    {"pairs", "Stage 3a: synthetic training pairs (input, I_binary, I_contour, I_shapemarker) for train-unet"},
    {"train-unet", "Stage 3b: train the segmentation (M1) or shape (M2) U-Net on training pairs"},
    {"segment", "Stages 4 and 5: U-Net inference (I_seg, I_shape) and post-processing on one image"},
    {"run", "Whole pipeline on one volume, no annotation: synthesis shaped like it, the GAN trained on it "
            "(--synth), pairs, both U-Nets, inference, post-processing (and evaluation with --gt)"},
    {"train-gan", "Stage 2: train the Recycle-GAN (or an ablation) between synthetic and real volumes"},
};

} // namespace nuclei3d::cli
