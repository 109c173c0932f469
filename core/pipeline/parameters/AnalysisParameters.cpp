#include "pipeline/ParameterSchema.h"
#include "pipeline/parameters/StageParameters.h"

namespace nuclei3d {

// Stage 5 of METHOD.md.
void declarePostprocessParameters(ParameterSchema& s) {
    s.addStage("postprocess", "5. Post-processing");
    s.addReal("postprocess.threshold", "Probability threshold", 0.5, 0.0, 1.0, "",
              "I_seg above this is nucleus (when the threshold is fixed).");
    s.addChoice("postprocess.threshold_from", "Threshold from", "image", {"image", "fixed"},
                "image (ours): the threshold is set so that I_seg covers as many voxels as a classical foreground "
                "of the image (smoothed by one voxel, above the background plus 0.8 of the way to Otsu's threshold), within 0.1-0.5, which corrects nets that draw "
                "nuclei too fat or too thin (docs/ACCURACY.md); used when the image is at hand (run, segment, "
                "postprocess with --image), else the fixed threshold. fixed: postprocess.threshold.");
    s.addReal("postprocess.grow_threshold", "Grow threshold", 1.0, 0.0, 1.0, "",
              "Nuclei found above the probability threshold grow into voxels where I_seg is above this (ours; "
              "0.2 suits U-Net output, see docs/ACCURACY.md); at or above the probability threshold, no growing.");
    s.addReal("postprocess.axial_elongation", "Axial elongation", 1.0, 0.2, 10.0, "",
              "How many times taller along z than across nuclei look (ours): the distance map shrinks z by it, so "
              "a stretched nucleus gives one marker. run sets it to synth.axial_elongation.");
    s.addReal("postprocess.h", "Marker height h", 1.0, 0.0, 100.0, "um",
              "h of the h-maxima markers on the distance transform: larger merges more, smaller splits more.");
    s.addReal("postprocess.probability_power", "Probability weighting", 0.0, 0.0, 8.0, "",
              "The distance transform is multiplied by I_seg to this power before the markers and the watershed "
              "(ours): where I_seg dips between touching nuclei, the neck becomes a valley that splits them. "
              "0: the distance alone, as in METHOD.md. The cpu preset uses 2, with the blur below: fewer merged "
              "nuclei on bbbc050, GoNuclear and stardist_synth (docs/ACCURACY.md, tenth round).");
    s.addReal("postprocess.probability_sigma", "Weighting blur", 2.5, 0.0, 100.0, "um",
              "Gaussian blur of I_seg before it weights the distance (ours): dips narrower than this inside a "
              "nucleus fade, the sheet where two nuclei meet stays. run sets it to a quarter of the estimated "
              "nucleus radius.");
    s.addReal("postprocess.probability_reference_radius", "Weighting reference", 0.0, 0.0, 1000.0, "um",
              "With a radius above 0, the blurred I_seg is divided by its largest value within this distance (a "
              "box) before it weights the distance transform (ours): a faint nucleus then weighs as much as a "
              "bright neighbour and is not absorbed by it, but a step in brightness inside one nucleus can cut it. "
              "It helped GAN-trained nets on bbbc050 and hurt the cpu preset's nets (docs/ACCURACY.md, eleventh "
              "round). 0: I_seg as it is.");
    s.addChoice("postprocess.connectivity", "Connectivity", "26", {"6", "26"}, "Voxel neighbourhood for labelling and watershed.");
    s.addInteger("postprocess.min_size", "Smallest nucleus", 50, 0, 100000000, "voxels", "Objects smaller than this are removed.");
    s.addReal("postprocess.contour_distance", "Contour width", 1.0, 0.5, 10.0, "voxels",
              "Voxels within this distance of a nucleus's outside form its contour.");
    s.addReal("postprocess.shape_sigma", "Shape map blur", 2.0, 0.0, 20.0, "voxels",
              "Gaussian blur of I_shape within the nuclei (background voxels do not count) before each nucleus's mean is compared with the thresholds.");
    s.addText("postprocess.shape_thresholds", "Class thresholds", "0.75",
              "Comma-separated thresholds on the mean shape value (0..1), ascending: one threshold gives two classes.");
    s.addText("postprocess.shape_classes", "Class names", "elongated,round",
              "Comma-separated class names from lowest to highest shape value (one more than thresholds).");
}

// The CellProfiler-style baseline of the publication.
void declareClassicParameters(ParameterSchema& s) {
    s.addStage("classic", "Classical baseline");
    // Defaults tuned on ../shared/data/bbbc050 with its voxel size (docs/ACCURACY.md); a sigma of
    // about a tenth and an h of about a twentieth of the nucleus diameter is the rule of thumb.
    s.addReal("classic.smoothing_sigma", "Smoothing sigma", 1.5, 0.0, 50.0, "um",
              "Gaussian smoothing before thresholding, the same physical size along every axis (about a tenth of the nucleus diameter).");
    s.addChoice("classic.threshold_method", "Threshold", "otsu", {"otsu", "manual"}, "How the foreground threshold is found.");
    s.addReal("classic.threshold", "Manual threshold", 0.5, 0.0, 1.0, "",
              "Threshold when manual, on the normalised image (1st percentile = 0, 99.8th = 1).");
    s.addReal("classic.threshold_factor", "Threshold factor", 0.8, 0.05, 5.0, "",
              "Otsu's threshold (on the normalised image) is multiplied by this: below 1 takes in fainter nucleus rims.");
    s.addReal("classic.h", "Marker height h", 0.5, 0.0, 100.0, "um",
              "h of the h-maxima markers on the distance transform: larger merges more, smaller splits more.");
    s.addChoice("classic.sizes", "Sizes", "manual", {"auto", "manual"},
                "auto: smoothing sigma and h follow the nucleus radius (classic.nucleus_radius, or estimated from the image); manual: classic.smoothing_sigma and classic.h as set.");
    s.addReal("classic.nucleus_radius", "Nucleus radius", 0.0, 0.0, 1000.0, "um",
              "Typical nucleus radius for sizes auto; 0 estimates it from the image (Otsu foreground, distance map, watershed).");
    s.addReal("classic.sigma_per_radius", "Sigma per radius", 0.2, 0.0, 5.0, "",
              "Sizes auto: smoothing sigma = this x nucleus radius.");
    s.addReal("classic.h_per_radius", "h per radius", 0.07, 0.0, 5.0, "",
              "Sizes auto: marker height h = this x nucleus radius.");
    s.addChoice("classic.connectivity", "Connectivity", "6", {"6", "26"},
                "Voxel neighbourhood for the markers and the watershed (6, as scikit-image's watershed: as accurate here and faster).");
    s.addInteger("classic.min_size", "Smallest nucleus", 50, 0, 100000000, "voxels", "Objects smaller than this are removed.");
}

// Stage 6 of METHOD.md.
void declareEvaluateParameters(ParameterSchema& s) {
    s.addStage("evaluate", "6. Evaluation");
    s.addInteger("evaluate.min_size", "Smallest object", 50, 0, 100000000, "voxels",
                 "Objects smaller than this are removed from prediction and ground truth first.");
}

} // namespace nuclei3d
