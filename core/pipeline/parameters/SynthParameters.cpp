#include "pipeline/ParameterSchema.h"
#include "pipeline/parameters/StageParameters.h"

namespace nuclei3d {

// Stage 1 of METHOD.md: random ellipsoids. Radii are in micrometres so that nuclei stay round on
// anisotropic voxels; without a known voxel size one micrometre is one voxel.
void declareSynthParameters(ParameterSchema& s) {
    s.addStage("synth", "1. Synthetic nuclei");
    s.addInteger("synth.size_x", "Width", 128, 8, 8192, "voxels", "Size of the synthetic volume along x.");
    s.addInteger("synth.size_y", "Height", 128, 8, 8192, "voxels", "Size of the synthetic volume along y.");
    s.addInteger("synth.size_z", "Depth", 128, 1, 8192, "voxels", "Size of the synthetic volume along z.");
    s.addReal("synth.voxel_x", "Voxel size x", 1.0, 1e-4, 1e4, "um", "Voxel size along x (--like takes it from the image).");
    s.addReal("synth.voxel_y", "Voxel size y", 1.0, 1e-4, 1e4, "um", "Voxel size along y (--like takes it from the image).");
    s.addReal("synth.voxel_z", "Voxel size z", 1.0, 1e-4, 1e4, "um", "Voxel size along z (--like takes it from the image).");
    s.addInteger("synth.count", "Nuclei count", 300, 0, 10000000, "",
                 "Number of nuclei to place; 0 places nuclei until the foreground fraction is reached.");
    s.addReal("synth.foreground_fraction", "Foreground fraction", 0.1, 0.0, 0.74, "",
              "Target fraction of voxels inside nuclei, used when the count is 0.");
    s.addReal("synth.radius_min", "Smallest semi-axis", 4.0, 0.1, 1000.0, "um",
              "Smallest semi-axis of a nucleus (ours: match the real data's nucleus size).");
    s.addReal("synth.radius_max", "Largest semi-axis", 8.0, 0.1, 1000.0, "um", "Largest semi-axis of a nucleus.");
    s.addReal("synth.radius_step", "Semi-axis step", 1.0, 0.01, 1000.0, "um",
              "Semi-axes are drawn from min, min+step, ..., max (integers by default, as in the publication).");
    s.addReal("synth.max_overlap", "Largest overlap", 0.0, 0.0, 1.0, "",
              "Fraction of a nucleus that may overlap earlier ones; 0 lets nuclei touch but never overlap.");
    s.addInteger("synth.max_attempts", "Attempts per nucleus", 200, 1, 100000, "",
                 "Random positions tried for each nucleus before it is given up as not fitting.");
    s.addReal("synth.axial_elongation", "Axial elongation", 1.0, 0.2, 10.0, "",
              "How many times taller along z than across nuclei look in the real data (ours: the axial PSF "
              "stretches them and annotators draw that outline); synthetic nuclei are stretched along z by it. "
              "--like estimates it from the image.");
    s.addReal("synth.like_density", "Density against the image", 0.5, 0.05, 2.0, "",
              "--like and run (ours): the synthetic nuclei per volume as a share of those the image holds; sparser "
              "than the image leaves the networks more background to learn from.");
    s.addReal("synth.blur_sigma", "PSF blur sigma", 2.0, 0.0, 50.0, "voxels",
              "Sigma of the 3D Gaussian that blurs I_binary before it is shown to the GAN.");
    s.addInteger("synth.seed", "Random seed", 1, 0, 2147483647, "",
                 "Seed of the random generator: the same seed gives the same volume on any machine.");
}

// The non-GAN synthetic microscope (baseline and ablation): blurred I_binary with a realistic
// intensity and noise model.
void declareMicroscopeParameters(ParameterSchema& s) {
    s.addStage("microscope", "1b. Synthetic microscope (no GAN)");
    s.addReal("microscope.background", "Background", 0.08, 0.0, 1.0, "", "Background level as a fraction of full scale.");
    s.addReal("microscope.signal", "Mean nucleus signal", 0.6, 0.0, 1.0, "", "Mean nucleus brightness as a fraction of full scale.");
    // 0.5, not the 0.2-0.3 of a typical volume: a U-Net that saw only evenly bright nuclei calls the
    // dim nuclei of real volumes (4-10 times darker than the brightest in bbbc050's 16-32-cell
    // stages) background (docs/ACCURACY.md, fourth round).
    s.addReal("microscope.between_nuclei_cv", "Variation between nuclei", 0.5, 0.0, 2.0, "",
              "Coefficient of variation of brightness from nucleus to nucleus.");
    s.addReal("microscope.within_nucleus_cv", "Texture within nuclei", 0.15, 0.0, 2.0, "",
              "Coefficient of variation of smooth texture inside a nucleus (chromatin).");
    s.addReal("microscope.photons", "Photons at full scale", 200.0, 1.0, 1e6, "photons",
              "Expected photon count at full scale: lower means more Poisson noise.");
    s.addReal("microscope.read_noise", "Read noise", 0.01, 0.0, 1.0, "", "Gaussian camera noise sigma as a fraction of full scale.");
    s.addReal("microscope.haze", "Glow around nuclei", 0.0, 0.0, 2.0, "",
              "Smooth light among and around the nuclei (cytoplasm, out-of-focus light; ours), as a fraction of "
              "the mean nucleus signal where nuclei are densest, so the networks learn that a diffuse glow is not a nucleus.");
    s.addReal("microscope.haze_sigma", "Reach of the glow", 8.0, 0.5, 100.0, "voxels",
              "Gaussian spread of the glow around the nuclei.");
    s.addReal("microscope.z_attenuation", "Attenuation along z", 0.0, 0.0, 0.1, "1/slice",
              "Exponential loss of signal with depth, per slice (0 = none).");
}

} // namespace nuclei3d
