<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>NucleusTable</name>
    <message>
        <location filename="../ui/model/NucleusTable.cpp" line="97"/>
        <source>%1 um^3, diameter %2 um, roundness %3</source>
        <translation>%1 um^3，直径 %2 um，圆度 %3</translation>
    </message>
    <message>
        <location filename="../ui/model/NucleusTable.cpp" line="102"/>
        <source>, class %1</source>
        <translation>，类别 %1</translation>
    </message>
</context>
<context>
    <name>ParameterTexts</name>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="11"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="12"/>
        <source>CPU threads</source>
        <translation>CPU 线程数</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="13"/>
        <source>CPU threads for computation and LibTorch; 0 uses every core.</source>
        <translation>用于计算和 LibTorch 的 CPU 线程数；0 表示使用全部处理器核心。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="14"/>
        <source>Compute device</source>
        <translation>计算设备</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="15"/>
        <source>Where networks run: auto picks CUDA when this build of LibTorch has it and a GPU is present.</source>
        <translation>网络的运行位置：当此 LibTorch 构建支持 CUDA 且存在 GPU 时，auto 会选择 CUDA。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="16"/>
        <source>1. Synthetic nuclei</source>
        <translation>1. 合成细胞核</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="17"/>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="18"/>
        <source>Size of the synthetic volume along x.</source>
        <translation>合成体数据沿 x 的大小。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="19"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="20"/>
        <source>Size of the synthetic volume along y.</source>
        <translation>合成体数据沿 y 的大小。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="21"/>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="22"/>
        <source>Size of the synthetic volume along z.</source>
        <translation>合成体数据沿 z 的大小。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="23"/>
        <source>Voxel size x</source>
        <translation>体素大小 x</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="24"/>
        <source>Voxel size along x (--like takes it from the image).</source>
        <translation>沿 x 的体素大小（--like 会从图像中读取）。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="25"/>
        <source>Voxel size y</source>
        <translation>体素大小 y</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="26"/>
        <source>Voxel size along y (--like takes it from the image).</source>
        <translation>沿 y 的体素大小（--like 会从图像中读取）。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="27"/>
        <source>Voxel size z</source>
        <translation>体素大小 z</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="28"/>
        <source>Voxel size along z (--like takes it from the image).</source>
        <translation>沿 z 的体素大小（--like 会从图像中读取）。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="29"/>
        <source>Nuclei count</source>
        <translation>细胞核数量</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="30"/>
        <source>Number of nuclei to place; 0 places nuclei until the foreground fraction is reached.</source>
        <translation>要放置的细胞核数量；为 0 时持续放置细胞核，直到达到前景比例。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="31"/>
        <source>Foreground fraction</source>
        <translation>前景比例</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="32"/>
        <source>Target fraction of voxels inside nuclei, used when the count is 0.</source>
        <translation>细胞核内体素所占的目标比例，在数量为 0 时使用。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="33"/>
        <source>Smallest semi-axis</source>
        <translation>最小半轴</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="34"/>
        <source>Smallest semi-axis of a nucleus (ours: match the real data&apos;s nucleus size).</source>
        <translation>细胞核的最小半轴（本实现：应与真实数据中的细胞核大小相符）。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="35"/>
        <source>Largest semi-axis</source>
        <translation>最大半轴</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="36"/>
        <source>Largest semi-axis of a nucleus.</source>
        <translation>细胞核的最大半轴。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="37"/>
        <source>Semi-axis step</source>
        <translation>半轴步长</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="38"/>
        <source>Semi-axes are drawn from min, min+step, ..., max (integers by default, as in the publication).</source>
        <translation>半轴从 min, min+step, ..., max 中抽取（默认为整数，与论文一致）。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="39"/>
        <source>Largest overlap</source>
        <translation>最大重叠</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="40"/>
        <source>Fraction of a nucleus that may overlap earlier ones; 0 lets nuclei touch but never overlap.</source>
        <translation>一个细胞核可与先前放置的细胞核重叠的比例；为 0 时细胞核可以相接，但绝不重叠。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="41"/>
        <source>Attempts per nucleus</source>
        <translation>每个细胞核的尝试次数</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="42"/>
        <source>Random positions tried for each nucleus before it is given up as not fitting.</source>
        <translation>每个细胞核尝试的随机位置数，全部失败后视为放不下而放弃。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="43"/>
        <source>Axial elongation</source>
        <translation>轴向拉伸</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="44"/>
        <source>How many times taller along z than across nuclei look in the real data (ours: the axial PSF stretches them and annotators draw that outline); synthetic nuclei are stretched along z by it. --like estimates it from the image.</source>
        <translation>真实数据中细胞核沿 z 方向比横向高出的倍数（本实现：轴向 PSF 会拉伸细胞核，标注者也按此轮廓勾画）；合成细胞核沿 z 按此倍数拉伸。--like 会从图像估计该值。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="45"/>
        <source>Density against the image</source>
        <translation>相对图像的密度</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="46"/>
        <source>--like and run (ours): the synthetic nuclei per volume as a share of those the image holds; sparser than the image leaves the networks more background to learn from.</source>
        <translation>--like 与 run（本实现新增）：每单位体积的合成细胞核数占图像中细胞核数的比例；比图像更稀疏可让网络学到更多背景。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="47"/>
        <source>PSF blur sigma</source>
        <translation>PSF 模糊 sigma</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="48"/>
        <source>Sigma of the 3D Gaussian that blurs I_binary before it is shown to the GAN.</source>
        <translation>在 I_binary 输入 GAN 之前对其进行模糊的三维高斯核的 sigma。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="49"/>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="50"/>
        <source>Seed of the random generator: the same seed gives the same volume on any machine.</source>
        <translation>随机数生成器的种子：相同的种子在任何机器上都生成相同的体数据。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="51"/>
        <source>1b. Synthetic microscope (no GAN)</source>
        <translation>1b. 合成显微镜（无 GAN）</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="52"/>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="53"/>
        <source>Background level as a fraction of full scale.</source>
        <translation>背景水平，以满量程的比例表示。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="54"/>
        <source>Mean nucleus signal</source>
        <translation>细胞核平均信号</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="55"/>
        <source>Mean nucleus brightness as a fraction of full scale.</source>
        <translation>细胞核平均亮度，以满量程的比例表示。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="56"/>
        <source>Variation between nuclei</source>
        <translation>细胞核间差异</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="57"/>
        <source>Coefficient of variation of brightness from nucleus to nucleus.</source>
        <translation>不同细胞核之间亮度的变异系数。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="58"/>
        <source>Texture within nuclei</source>
        <translation>细胞核内纹理</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="59"/>
        <source>Coefficient of variation of smooth texture inside a nucleus (chromatin).</source>
        <translation>细胞核内平滑纹理（染色质）的变异系数。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="60"/>
        <source>Photons at full scale</source>
        <translation>满量程光子数</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="61"/>
        <source>Expected photon count at full scale: lower means more Poisson noise.</source>
        <translation>满量程时的期望光子数：越低，泊松噪声越大。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="62"/>
        <source>Read noise</source>
        <translation>读出噪声</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="63"/>
        <source>Gaussian camera noise sigma as a fraction of full scale.</source>
        <translation>相机高斯噪声的 sigma，以满量程的比例表示。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="64"/>
        <source>Glow around nuclei</source>
        <translation>细胞核周围辉光</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="65"/>
        <source>Smooth light among and around the nuclei (cytoplasm, out-of-focus light; ours), as a fraction of the mean nucleus signal where nuclei are densest, so the networks learn that a diffuse glow is not a nucleus.</source>
        <translation>细胞核之间及周围的平滑光（细胞质、离焦光；本实现新增），以细胞核最密集处细胞核平均信号的比例表示，使网络学会弥散的辉光不是细胞核。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="66"/>
        <source>Reach of the glow</source>
        <translation>辉光范围</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="67"/>
        <source>Gaussian spread of the glow around the nuclei.</source>
        <translation>细胞核周围辉光的高斯扩散范围。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="68"/>
        <source>Attenuation along z</source>
        <translation>沿 z 衰减</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="69"/>
        <source>Exponential loss of signal with depth, per slice (0 = none).</source>
        <translation>信号随深度的指数衰减，按每个切片计（0 = 无）。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="70"/>
        <source>2. Recycle-GAN</source>
        <translation>2. Recycle-GAN</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="71"/>
        <source>Synthesis mode</source>
        <translation>合成方式</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="72"/>
        <source>How I_syn is made: Recycle-GAN with the Hausdorff loss (publication), its ablations, or the non-GAN microscope.</source>
        <translation>I_syn 的生成方式：带 Hausdorff 损失的 Recycle-GAN（论文方法）、其消融变体，或不使用 GAN 的合成显微镜。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="73"/>
        <source>Real crop size</source>
        <translation>真实裁剪块大小</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="74"/>
        <source>Edge of the random real crops of domain B and of the synthetic volumes of domain A.</source>
        <translation>域 B 中随机真实裁剪块以及域 A 中合成体数据的边长。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="75"/>
        <source>Training slice size</source>
        <translation>训练切片大小</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="76"/>
        <source>Edge of the xy slices the networks train on (publication-sized: 128).</source>
        <translation>网络训练所用 xy 切片的边长（论文中为 128）。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="77"/>
        <source>Predictor slices S</source>
        <translation>预测器切片数 S</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="78"/>
        <source>Consecutive slices the predictors P1 and P2 take to predict the next one.</source>
        <translation>预测器 P1 和 P2 用于预测下一张切片的连续切片数。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="79"/>
        <source>lambda1: recycle A</source>
        <translation>lambda1：再循环 A</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="80"/>
        <source>Weight of L_recycle(G1, G2, P2).</source>
        <translation>L_recycle(G1, G2, P2) 的权重。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="81"/>
        <source>lambda2: recycle B</source>
        <translation>lambda2：再循环 B</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="82"/>
        <source>Weight of L_recycle(G2, G1, P1).</source>
        <translation>L_recycle(G2, G1, P1) 的权重。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="83"/>
        <source>lambda3: recurrent P1</source>
        <translation>lambda3：递归 P1</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="84"/>
        <source>Weight of L_recurrent(P1).</source>
        <translation>L_recurrent(P1) 的权重。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="85"/>
        <source>lambda4: recurrent P2</source>
        <translation>lambda4：递归 P2</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="86"/>
        <source>Weight of L_recurrent(P2).</source>
        <translation>L_recurrent(P2) 的权重。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="87"/>
        <source>lambda5: contour</source>
        <translation>lambda5：轮廓</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="88"/>
        <source>Weight of the Hausdorff-distance contour loss L_contour(G2, P1).</source>
        <translation>基于 Hausdorff 距离的轮廓损失 L_contour(G2, P1) 的权重。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="89"/>
        <source>SpCycleGAN spatial weight</source>
        <translation>SpCycleGAN 空间权重</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="90"/>
        <source>Weight of the segmentor&apos;s spatial-constraint term (spcyclegan mode only).</source>
        <translation>分割器空间约束项的权重（仅用于 spcyclegan 模式）。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="91"/>
        <source>G1 geometry weight</source>
        <translation>G1 几何项权重</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="92"/>
        <source>Weight of a term that keeps G1&apos;s nuclei where the input&apos;s are: one minus the correlation of G1&apos;s output, averaged over 5x5 pixels, with its input (ours; 0 = off, as in the publication).</source>
        <translation>使 G1 输出中的细胞核保持在输入细胞核位置的项的权重：1 减去 G1 输出（在 5x5 像素上平均）与其输入的相关系数（本实现新增；0 = 关闭，与论文一致）。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="93"/>
        <source>Cycle noise</source>
        <translation>循环噪声</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="94"/>
        <source>Standard deviation of Gaussian noise added to G1&apos;s and G2&apos;s pictures (on -1..1) before the cycle, recycle and contour terms map them back (ours; 0 = off, as in the publication): a generator then cannot pass shapes back through patterns too faint to see. At 0.1 it did not help on bbbc050 (docs/ACCURACY.md).</source>
        <translation>在循环、recycle 和轮廓项把 G1 和 G2 的图像映射回去之前，向这些图像（取值 -1..1）添加的高斯噪声的标准差（本实现新增；0 = 关闭，与论文一致）：这样生成器就无法通过弱到看不见的图案把形状传回去。在 bbbc050 上取 0.1 时没有帮助（docs/ACCURACY.md）。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="95"/>
        <source>Contour only where nuclei are</source>
        <translation>仅在有细胞核处计算轮廓项</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="96"/>
        <source>Leave L_contour out of steps whose binary slice holds no nucleus (ours; off = as in the publication). There is no contour to match there, and on such empty runs G1&apos;s gradient from the term is hundreds of times its usual size (docs/ACCURACY.md).</source>
        <translation>在二值切片不含细胞核的步骤中省略 L_contour（本实现新增；关闭 = 与论文一致）。那里没有可匹配的轮廓，而且在这种空的序列上，该项对 G1 的梯度是平时的数百倍（docs/ACCURACY.md）。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="97"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="98"/>
        <source>Adam learning rate.</source>
        <translation>Adam 学习率。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="99"/>
        <source>Adam beta1</source>
        <translation>Adam beta1</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="100"/>
        <source>Adam first-moment decay (ours).</source>
        <translation>Adam 一阶矩衰减率（本实现取值）。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="101"/>
        <source>Adam beta2</source>
        <translation>Adam beta2</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="102"/>
        <source>Adam second-moment decay (ours).</source>
        <translation>Adam 二阶矩衰减率（本实现取值）。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="103"/>
        <source>Training steps</source>
        <translation>训练步数</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="104"/>
        <source>GAN training iterations.</source>
        <translation>GAN 训练迭代次数。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="105"/>
        <source>Generator width</source>
        <translation>生成器宽度</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="106"/>
        <source>Channels of the first layer of the generators and predictors (publication-sized: 64).</source>
        <translation>生成器和预测器第一层的通道数（论文中为 64）。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="107"/>
        <source>Generator residual blocks</source>
        <translation>生成器残差块数</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="108"/>
        <source>Residual blocks at the bottleneck of the generators and predictors (publication-sized: 9).</source>
        <translation>生成器和预测器瓶颈处的残差块数（论文中为 9）。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="109"/>
        <source>Generator downsamplings</source>
        <translation>生成器下采样次数</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="110"/>
        <source>Stride-2 steps of the generators and predictors; slices must be multiples of 2^this.</source>
        <translation>生成器和预测器中步长为 2 的下采样次数；切片尺寸必须是 2^该值 的倍数。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="111"/>
        <source>Discriminator width</source>
        <translation>判别器宽度</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="112"/>
        <source>Channels of the patch discriminators&apos; first layer (publication-sized: 64).</source>
        <translation>patch 判别器第一层的通道数（论文中为 64）。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="113"/>
        <source>Discriminator layers</source>
        <translation>判别器层数</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="114"/>
        <source>Convolution layers of the patch discriminators before the output layer.</source>
        <translation>patch 判别器在输出层之前的卷积层数。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="115"/>
        <source>Domain A volumes</source>
        <translation>域 A 体数据数量</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="116"/>
        <source>Blurred synthetic binary volumes made for domain A (shaped like the real volume).</source>
        <translation>为域 A 生成的模糊合成二值体数据（形状与真实体数据相同）。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="117"/>
        <source>Domain A density against the image</source>
        <translation>域 A 相对图像的密度</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="118"/>
        <source>run and train-gan (ours): domain A&apos;s synthetic nuclei per volume as a share of those the image holds. An unpaired GAN learns to turn domain A&apos;s pictures into ones like the image&apos;s, so a sparser domain A teaches G1 to add nuclei the labels do not have (docs/ACCURACY.md).</source>
        <translation>run 和 train-gan（本项目的选择）：域 A 每个体积中的合成细胞核数占图像中细胞核数的比例。非配对 GAN 学习把域 A 的图像变成与真实图像相似的图像，因此更稀疏的域 A 会让 G1 学会添加没有标注的细胞核（docs/ACCURACY.md）。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="119"/>
        <source>Domain A foreground fraction</source>
        <translation>域 A 前景比例</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="120"/>
        <source>Share of domain A&apos;s voxels inside nuclei; 0 = synth.foreground_fraction. run and train-gan set it from the image (gan.like_density) unless synth.count or synth.foreground_fraction is given.</source>
        <translation>域 A 中位于细胞核内的体素比例；0 = synth.foreground_fraction。除非给出 synth.count 或 synth.foreground_fraction，run 和 train-gan 会根据图像（gan.like_density）设置它。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="121"/>
        <source>Samples every</source>
        <translation>样本输出间隔</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="122"/>
        <source>How often sample slices are written.</source>
        <translation>写出样本切片的频率。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="123"/>
        <source>Checkpoint every</source>
        <translation>检查点间隔</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="124"/>
        <source>How often all networks are saved.</source>
        <translation>保存所有网络的频率。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="125"/>
        <source>Seed for initialisation and crops.</source>
        <translation>用于初始化和裁剪的随机种子。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="126"/>
        <source>3a. Training pairs</source>
        <translation>3a. 训练样本对</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="127"/>
        <source>Synthetic volumes</source>
        <translation>合成体数据数量</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="128"/>
        <source>Synthetic volumes made for training pairs.</source>
        <translation>为训练样本对生成的合成体数据数量。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="129"/>
        <source>Synthetic volume edge</source>
        <translation>合成体数据边长</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="130"/>
        <source>Edge of each synthetic volume.</source>
        <translation>每个合成体数据的边长。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="131"/>
        <source>Pair size</source>
        <translation>样本对大小</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="132"/>
        <source>Edge of each training pair; each volume is cut into (volume/crop)^3 pairs.</source>
        <translation>每个训练样本对的边长；每个体数据被切分为 (volume/crop)^3 个样本对。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="133"/>
        <source>Microscope share</source>
        <translation>显微镜比例</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="134"/>
        <source>With a GAN input (gan.mode other than nogan; ours): the share of the synthetic volumes whose input is the non-GAN synthetic microscope&apos;s instead of G1&apos;s, so the networks learn from both looks. 0 = G1 only, as in the publication.</source>
        <translation>使用 GAN 输入时（gan.mode 不是 nogan；我们的选择）：由非 GAN 合成显微镜而不是 G1 生成输入的合成体积所占比例，使网络学习两种外观。0 = 仅 G1，与论文一致。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="135"/>
        <source>3b. 3D U-Nets</source>
        <translation>3b. 三维 U-Net</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="136"/>
        <source>Levels</source>
        <translation>层级数</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="137"/>
        <source>Resolution levels of the U-Net (publication-sized: 4).</source>
        <translation>U-Net 的分辨率层级数（论文中为 4）。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="138"/>
        <source>Base width</source>
        <translation>基础宽度</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="139"/>
        <source>Channels at the first level, doubled at each level down (publication-sized: 32 or more).</source>
        <translation>第一层级的通道数，每向下一个层级翻倍（论文中为 32 或更多）。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="140"/>
        <source>Training iterations per network.</source>
        <translation>每个网络的训练迭代次数。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="141"/>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="142"/>
        <source>Training pairs per step.</source>
        <translation>每步的训练样本对数。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="143"/>
        <source>Validation fraction</source>
        <translation>验证比例</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="144"/>
        <source>Share of the pairs kept for validation.</source>
        <translation>留作验证的样本对比例。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="145"/>
        <source>BCE weight</source>
        <translation>BCE 权重</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="146"/>
        <source>Weight of binary cross-entropy (M1).</source>
        <translation>二元交叉熵的权重（M1）。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="147"/>
        <source>Dice weight</source>
        <translation>Dice 权重</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="148"/>
        <source>Weight of the Dice loss (M1).</source>
        <translation>Dice 损失的权重（M1）。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="149"/>
        <source>Contour weight</source>
        <translation>轮廓权重</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="150"/>
        <source>Weight of MSE(I_contour, E(prediction)), the differentiable edge-map term (M1 and M2).</source>
        <translation>MSE(I_contour, E(prediction)) 的权重，即可微边缘图项（M1 和 M2）。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="151"/>
        <source>Edge smoothing</source>
        <translation>边缘平滑</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="152"/>
        <source>Smoothing before the gradient magnitude of the differentiable edge map.</source>
        <translation>计算可微边缘图的梯度幅值之前的平滑。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="153"/>
        <source>How often a checkpoint is written.</source>
        <translation>写出检查点的频率。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="154"/>
        <source>Lowest contrast gain</source>
        <translation>最低对比度增益</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="155"/>
        <source>Intensity augmentation (ours): each training input is multiplied by a gain drawn between this and the highest gain, so that real nuclei dimmer than the synthetic ones are still nuclei.</source>
        <translation>强度增强（本实现新增）：每个训练输入乘以在此值与最高增益之间随机抽取的增益，使比合成细胞核更暗的真实细胞核仍被视为细胞核。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="156"/>
        <source>Highest contrast gain</source>
        <translation>最高对比度增益</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="157"/>
        <source>Upper end of the augmentation&apos;s gain.</source>
        <translation>增强增益的上限。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="158"/>
        <source>Seed for initialisation, splits and augmentation.</source>
        <translation>用于初始化、数据划分和增强的随机种子。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="159"/>
        <source>M1 attempts</source>
        <translation>M1 尝试次数</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="160"/>
        <source>run only (ours): when M1&apos;s foreground overlaps a plain Otsu threshold of the image by less than the retry limit, M1 is trained again with the next seed, up to this many times in all (for each ensemble member); the best overlapping M1 is used.</source>
        <translation>仅用于 run（本实现新增）：若 M1 的前景与图像的普通 Otsu 阈值结果的重叠低于重试界限，则用下一个随机种子重新训练 M1，总共最多这么多次（集成中的每个成员各自计算）；使用重叠最好的 M1。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="161"/>
        <source>Retry below overlap</source>
        <translation>重叠低于此值时重试</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="162"/>
        <source>run only (ours): the foreground overlap (IoU with Otsu) below which M1 is trained again.</source>
        <translation>仅用于 run（本实现新增）：前景重叠（与 Otsu 的 IoU）低于此值时重新训练 M1。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="163"/>
        <source>M1 ensemble</source>
        <translation>M1 集成</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="164"/>
        <source>run only (ours): this many M1s, trained with different seeds on the same pairs, whose probability maps are averaged; two are better than one on bbbc050 (docs/ACCURACY.md) and take twice M1&apos;s training time.</source>
        <translation>仅用于 run（本实现新增）：用不同随机种子在相同训练对上训练这么多个 M1，并对它们的概率图取平均；在 bbbc050 上两个优于一个（docs/ACCURACY.md），但 M1 的训练时间翻倍。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="165"/>
        <source>4. Inference</source>
        <translation>4. 推理</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="166"/>
        <source>Tile size</source>
        <translation>分块大小</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="167"/>
        <source>Edge of the cubic tiles the networks see.</source>
        <translation>网络处理的立方体分块的边长。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="168"/>
        <source>Tile overlap</source>
        <translation>分块重叠</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="169"/>
        <source>Overlap between neighbouring tiles, blended smoothly.</source>
        <translation>相邻分块之间的重叠，以平滑方式融合。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="170"/>
        <source>Orientations averaged</source>
        <translation>平均方向数</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="171"/>
        <source>Test-time augmentation (ours): each tile is predicted in this many of its eight xy flips and transposes and the results are averaged; steadier output for this many times the inference time.</source>
        <translation>测试时增强（本实现新增）：每个分块在其 8 种 xy 翻转与转置中选取此数目分别预测，并对结果取平均；以相应倍数的推理时间换取更稳定的输出。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="172"/>
        <source>Low percentile</source>
        <translation>低百分位数</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="173"/>
        <source>Intensity mapped to 0 (ours: as in training; a model file stores it and segment uses that unless this is given).</source>
        <translation>映射为 0 的强度（本实现：与训练时相同；模型文件会保存该值，除非指定了此项，segment 将使用模型文件中的值）。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="174"/>
        <source>High percentile</source>
        <translation>高百分位数</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="175"/>
        <source>Intensity mapped to 1 (a model file stores it, as the low one).</source>
        <translation>映射为 1 的强度（与低百分位数一样，由模型文件保存）。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="176"/>
        <source>5. Post-processing</source>
        <translation>5. 后处理</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="177"/>
        <source>Probability threshold</source>
        <translation>概率阈值</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="178"/>
        <source>I_seg above this is nucleus (when the threshold is fixed).</source>
        <translation>I_seg 高于此值即为细胞核（阈值固定时）。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="179"/>
        <source>Threshold from</source>
        <translation>阈值来源</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="180"/>
        <source>image (ours): the threshold is set so that I_seg covers as many voxels as a classical foreground of the image (smoothed by one voxel, above the background plus 0.8 of the way to Otsu&apos;s threshold), within 0.1-0.5, which corrects nets that draw nuclei too fat or too thin (docs/ACCURACY.md); used when the image is at hand (run, segment, postprocess with --image), else the fixed threshold. fixed: postprocess.threshold.</source>
        <translation>image（本项目的选择）：设定阈值，使 I_seg 覆盖的体素数与图像的经典前景相同（以一个体素平滑，高于背景加上到 Otsu 阈值距离的 0.8），范围 0.1-0.5；可纠正把细胞核画得过粗或过细的网络（docs/ACCURACY.md）。有图像时使用（run、segment、带 --image 的 postprocess），否则使用固定阈值。fixed：postprocess.threshold。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="181"/>
        <source>Probability weighting</source>
        <translation>概率加权</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="182"/>
        <source>The distance transform is multiplied by I_seg to this power before the markers and the watershed (ours): where I_seg dips between touching nuclei, the neck becomes a valley that splits them. 0: the distance alone, as in METHOD.md. The cpu preset uses 2, with the blur below: fewer merged nuclei on bbbc050, GoNuclear and stardist_synth (docs/ACCURACY.md, tenth round).</source>
        <translation>在标记和分水岭之前，距离变换乘以 I_seg 的该次幂（我们的选择）：在相互接触的细胞核之间 I_seg 下降处，颈部变成将它们分开的谷。0：仅用距离，与 METHOD.md 相同。cpu 预设使用 2，并配合下面的模糊：在 bbbc050、GoNuclear 和 stardist_synth 上合并的细胞核更少（docs/ACCURACY.md，第十轮）。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="183"/>
        <source>Weighting blur</source>
        <translation>加权模糊</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="184"/>
        <source>Gaussian blur of I_seg before it weights the distance (ours): dips narrower than this inside a nucleus fade, the sheet where two nuclei meet stays. run sets it to a quarter of the estimated nucleus radius.</source>
        <translation>在 I_seg 对距离加权之前对其进行高斯模糊（我们的选择）：细胞核内部比该值更窄的凹陷会被抹平，两个细胞核相接处的薄层则保留。run 将其设为估计细胞核半径的四分之一。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="185"/>
        <source>Weighting reference</source>
        <translation>加权参考</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="186"/>
        <source>With a radius above 0, the blurred I_seg is divided by its largest value within this distance (a box) before it weights the distance transform (ours): a faint nucleus then weighs as much as a bright neighbour and is not absorbed by it, but a step in brightness inside one nucleus can cut it. It helped GAN-trained nets on bbbc050 and hurt the cpu preset&apos;s nets (docs/ACCURACY.md, eleventh round). 0: I_seg as it is.</source>
        <translation>半径大于 0 时，平滑后的 I_seg 在加权距离变换之前先除以其在此距离（一个长方体）内的最大值（本项目的选择）：较暗的细胞核因此与明亮的相邻细胞核权重相当，不会被其吞并，但一个细胞核内部的亮度台阶可能把它切开。它改善了 bbbc050 上由 GAN 训练的网络，却使 cpu 预设的网络变差（docs/ACCURACY.md，第十一轮）。0：直接使用 I_seg。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="226"/>
        <source>The settings docs/ACCURACY.md measured on a 2-core CPU: the non-GAN synthetic microscope, two width-8 M1s trained 300 steps at learning rate 1e-3 on 32^3 pairs cut from six 64^3 volumes, eight views per tile, M1&apos;s check and fallback threshold at 0.2, the distance map weighted by the blurred I_seg squared before the watershed. Minutes per bbbc050 volume, above the classical baseline on bbbc050, GoNuclear and stardist_synth.</source>
        <translation>在 docs/ACCURACY.md 中于双核 CPU 上测得的设置：非 GAN 合成显微镜，两个宽度为 8 的 M1，在从六个 64^3 体数据切出的 32^3 样本对上以学习率 1e-3 训练 300 步，每个图块八个视角，M1 的检查和备用阈值为 0.2，分水岭之前距离图按模糊后 I_seg 的平方加权。每个 bbbc050 体数据只需数分钟，在 bbbc050、GoNuclear 和 stardist_synth 上优于经典基线。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="187"/>
        <source>Grow threshold</source>
        <translation>生长阈值</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="188"/>
        <source>Nuclei found above the probability threshold grow into voxels where I_seg is above this (ours; 0.2 suits U-Net output, see docs/ACCURACY.md); at or above the probability threshold, no growing.</source>
        <translation>在概率阈值以上找到的细胞核会生长到 I_seg 高于此值的体素中（本实现新增；0.2 适合 U-Net 输出，见 docs/ACCURACY.md）；若此值不低于概率阈值，则不生长。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="189"/>
        <source>How many times taller along z than across nuclei look (ours): the distance map shrinks z by it, so a stretched nucleus gives one marker. run sets it to synth.axial_elongation.</source>
        <translation>细胞核沿 z 方向比横向高出的倍数（本实现新增）：距离图沿 z 按此倍数压缩，使被拉长的细胞核只产生一个标记。run 会将其设为 synth.axial_elongation。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="190"/>
        <source>Marker height h</source>
        <translation>标记高度 h</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="191"/>
        <source>h of the h-maxima markers on the distance transform: larger merges more, smaller splits more.</source>
        <translation>距离变换上 h 极大值标记的 h：越大合并越多，越小分裂越多。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="192"/>
        <source>Connectivity</source>
        <translation>连通性</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="193"/>
        <source>Voxel neighbourhood for labelling and watershed.</source>
        <translation>连通域标记和分水岭所用的体素邻域。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="194"/>
        <source>Smallest nucleus</source>
        <translation>最小细胞核</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="195"/>
        <source>Objects smaller than this are removed.</source>
        <translation>小于此值的对象将被移除。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="196"/>
        <source>Contour width</source>
        <translation>轮廓宽度</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="197"/>
        <source>Voxels within this distance of a nucleus&apos;s outside form its contour.</source>
        <translation>与细胞核外部距离在此范围内的体素构成其轮廓。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="198"/>
        <source>Shape map blur</source>
        <translation>形状图模糊</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="199"/>
        <source>Gaussian blur of I_shape within the nuclei (background voxels do not count) before each nucleus&apos;s mean is compared with the thresholds.</source>
        <translation>在将每个细胞核的均值与阈值比较之前，对细胞核内的 I_shape 进行高斯模糊（不计背景体素）。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="200"/>
        <source>Class thresholds</source>
        <translation>类别阈值</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="201"/>
        <source>Comma-separated thresholds on the mean shape value (0..1), ascending: one threshold gives two classes.</source>
        <translation>以逗号分隔、按升序排列的平均形状值阈值（0..1）：一个阈值得到两个类别。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="202"/>
        <source>Class names</source>
        <translation>类别名称</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="203"/>
        <source>Comma-separated class names from lowest to highest shape value (one more than thresholds).</source>
        <translation>以逗号分隔的类别名称，按形状值从低到高排列（比阈值多一个）。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="204"/>
        <source>Classical baseline</source>
        <translation>经典基线方法</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="205"/>
        <source>Smoothing sigma</source>
        <translation>平滑 sigma</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="206"/>
        <source>Gaussian smoothing before thresholding, the same physical size along every axis (about a tenth of the nucleus diameter).</source>
        <translation>阈值分割前的高斯平滑，沿各轴的物理尺寸相同（约为细胞核直径的十分之一）。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="207"/>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="208"/>
        <source>How the foreground threshold is found.</source>
        <translation>前景阈值的确定方式。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="209"/>
        <source>Manual threshold</source>
        <translation>手动阈值</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="210"/>
        <source>Threshold when manual, on the normalised image (1st percentile = 0, 99.8th = 1).</source>
        <translation>为 manual 时使用的阈值，作用于归一化图像（第 1 百分位数 = 0，第 99.8 百分位数 = 1）。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="211"/>
        <source>Threshold factor</source>
        <translation>阈值系数</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="212"/>
        <source>Otsu&apos;s threshold (on the normalised image) is multiplied by this: below 1 takes in fainter nucleus rims.</source>
        <translation>Otsu 阈值（基于归一化图像）乘以此系数：小于 1 时会纳入较暗的细胞核边缘。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="213"/>
        <source>Sizes</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="214"/>
        <source>auto: smoothing sigma and h follow the nucleus radius (classic.nucleus_radius, or estimated from the image); manual: classic.smoothing_sigma and classic.h as set.</source>
        <translation>auto：平滑 sigma 和 h 随细胞核半径确定（classic.nucleus_radius，或从图像估计）；manual：按设定值使用 classic.smoothing_sigma 和 classic.h。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="215"/>
        <source>Nucleus radius</source>
        <translation>细胞核半径</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="216"/>
        <source>Typical nucleus radius for sizes auto; 0 estimates it from the image (Otsu foreground, distance map, watershed).</source>
        <translation>尺寸为 auto 时使用的典型细胞核半径；为 0 时从图像估计（Otsu 前景、距离图、分水岭）。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="217"/>
        <source>Sigma per radius</source>
        <translation>sigma 与半径之比</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="218"/>
        <source>Sizes auto: smoothing sigma = this x nucleus radius.</source>
        <translation>尺寸为 auto 时：平滑 sigma = 此值 x 细胞核半径。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="219"/>
        <source>h per radius</source>
        <translation>h 与半径之比</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="220"/>
        <source>Sizes auto: marker height h = this x nucleus radius.</source>
        <translation>尺寸为 auto 时：标记高度 h = 此值 x 细胞核半径。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="221"/>
        <source>Voxel neighbourhood for the markers and the watershed (6, as scikit-image&apos;s watershed: as accurate here and faster).</source>
        <translation>标记和分水岭所用的体素邻域（6，与 scikit-image 的分水岭相同：在此同样准确且更快）。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="222"/>
        <source>6. Evaluation</source>
        <translation>6. 评估</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="223"/>
        <source>Smallest object</source>
        <translation>最小对象</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="224"/>
        <source>Objects smaller than this are removed from prediction and ground truth first.</source>
        <translation>先从预测和真值中移除小于此值的对象。</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="225"/>
        <source>Fast CPU recipe (measured)</source>
        <translation>快速 CPU 配方（已测量）</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="227"/>
        <source>Publication-sized networks (GPU)</source>
        <translation>论文规模的网络（GPU）</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="228"/>
        <source>The network sizes of the publication: U-Net with 4 levels and 32 channels at the first, GAN generators and discriminators 64 channels wide with 9 residual blocks on 128^2 slices. Many times slower than the defaults on a CPU (docs/BENCHMARKS.md); meant for a GPU.</source>
        <translation>论文中的网络规模：U-Net 有 4 层，第一层 32 个通道；GAN 生成器和判别器宽 64 个通道，含 9 个残差块，在 128^2 切片上训练。在 CPU 上比默认设置慢很多倍（docs/BENCHMARKS.md）；适用于 GPU。</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::ClassicReaction</name>
    <message>
        <location filename="../ui/views/ClassicReaction.cpp" line="11"/>
        <source>Classical segmentation</source>
        <translation>经典分割</translation>
    </message>
    <message>
        <location filename="../ui/views/ClassicReaction.cpp" line="17"/>
        <source>Open a microscopy image first (File &gt; Open volume).</source>
        <translation>请先打开一幅显微图像（文件 &gt; 打开体数据）。</translation>
    </message>
    <message>
        <location filename="../ui/views/ClassicReaction.cpp" line="21"/>
        <source>classic</source>
        <translation>经典</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::EvaluateReaction</name>
    <message>
        <location filename="../ui/views/EvaluateReaction.cpp" line="11"/>
        <source>Evaluation (stage 6)</source>
        <translation>评估（第 6 阶段）</translation>
    </message>
    <message>
        <location filename="../ui/views/EvaluateReaction.cpp" line="15"/>
        <source>Load the ground truth first (Evaluation &gt; Load ground truth).</source>
        <translation>请先加载真值标注（评估 &gt; 加载真值）。</translation>
    </message>
    <message>
        <location filename="../ui/views/EvaluateReaction.cpp" line="19"/>
        <source>There are no nucleus labels to evaluate: run a segmentation or open labels first.</source>
        <translation>没有可评估的细胞核标签：请先运行分割或打开标签。</translation>
    </message>
    <message>
        <location filename="../ui/views/EvaluateReaction.cpp" line="32"/>
        <source>evaluation of %1</source>
        <translation>%1 的评估</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::EvaluationDetails</name>
    <message>
        <location filename="../ui/model/EvaluationDetails.cpp" line="17"/>
        <source>true positive</source>
        <translation>真阳性</translation>
    </message>
    <message>
        <location filename="../ui/model/EvaluationDetails.cpp" line="19"/>
        <source>false positive</source>
        <translation>假阳性</translation>
    </message>
    <message>
        <location filename="../ui/model/EvaluationDetails.cpp" line="21"/>
        <source>false negative</source>
        <translation>假阴性</translation>
    </message>
    <message>
        <location filename="../ui/model/EvaluationDetails.cpp" line="23"/>
        <source>merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../ui/model/EvaluationDetails.cpp" line="25"/>
        <source>split</source>
        <translation>分裂</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::EvaluationPanel</name>
    <message>
        <location filename="../ui/views/EvaluationPanel.cpp" line="44"/>
        <source>Load the ground truth and evaluate (Evaluation menu).</source>
        <translation>加载真值并评估（评估菜单）。</translation>
    </message>
    <message>
        <location filename="../ui/views/EvaluationPanel.cpp" line="58"/>
        <source>Click a nucleus to move the views to it</source>
        <translation>点击一个细胞核，视图将移到该处</translation>
    </message>
    <message>
        <location filename="../ui/views/EvaluationPanel.cpp" line="82"/>
        <source>&lt;b&gt;%1&lt;/b&gt; against the ground truth: %2 predicted and %3 annotated nuclei (of at least %4 voxels), %5 merges, %6 splits.&lt;br&gt;%7 &amp;nbsp; %8 &amp;nbsp; %9 &amp;nbsp; %10 &amp;nbsp; %11</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 与真值比较：预测 %2 个、标注 %3 个细胞核（至少 %4 个体素），%5 处合并，%6 处分裂。&lt;br&gt;%7 &amp;nbsp; %8 &amp;nbsp; %9 &amp;nbsp; %10 &amp;nbsp; %11</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::EvaluationScoreModel</name>
    <message>
        <location filename="../ui/model/EvaluationScoreModel.cpp" line="64"/>
        <source>Publication (50 %)</source>
        <translation>论文标准（50 %）</translation>
    </message>
    <message>
        <location filename="../ui/model/EvaluationScoreModel.cpp" line="66"/>
        <source>IoU &gt;= %1</source>
        <translation>IoU &gt;= %1</translation>
    </message>
    <message>
        <location filename="../ui/model/EvaluationScoreModel.cpp" line="71"/>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location filename="../ui/model/EvaluationScoreModel.cpp" line="73"/>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location filename="../ui/model/EvaluationScoreModel.cpp" line="75"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../ui/model/EvaluationScoreModel.cpp" line="77"/>
        <source>TP</source>
        <translation>TP</translation>
    </message>
    <message>
        <location filename="../ui/model/EvaluationScoreModel.cpp" line="79"/>
        <source>FP</source>
        <translation>FP</translation>
    </message>
    <message>
        <location filename="../ui/model/EvaluationScoreModel.cpp" line="81"/>
        <source>FN</source>
        <translation>FN</translation>
    </message>
    <message>
        <location filename="../ui/model/EvaluationScoreModel.cpp" line="83"/>
        <source>AP</source>
        <translation>AP</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::Job</name>
    <message>
        <location filename="../ui/model/Job.cpp" line="15"/>
        <source>Queued</source>
        <translation>已排队</translation>
    </message>
    <message>
        <location filename="../ui/model/Job.cpp" line="37"/>
        <source>Started</source>
        <translation>已开始</translation>
    </message>
    <message>
        <location filename="../ui/model/Job.cpp" line="48"/>
        <source>Cancelling...</source>
        <translation>正在取消...</translation>
    </message>
    <message>
        <location filename="../ui/model/Job.cpp" line="86"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../ui/model/Job.cpp" line="89"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/model/Job.cpp" line="92"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::JobListModel</name>
    <message>
        <location filename="../ui/model/JobListModel.cpp" line="65"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../ui/model/JobListModel.cpp" line="66"/>
        <source>%1 % %2</source>
        <translation>%1% %2</translation>
    </message>
    <message>
        <location filename="../ui/model/JobListModel.cpp" line="81"/>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../ui/model/JobListModel.cpp" line="83"/>
        <source>Runs on</source>
        <translation>运行于</translation>
    </message>
    <message>
        <location filename="../ui/model/JobListModel.cpp" line="85"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/model/JobListModel.cpp" line="87"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../ui/model/JobListModel.cpp" line="89"/>
        <source>Elapsed</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <location filename="../ui/model/JobListModel.cpp" line="91"/>
        <source>Remaining</source>
        <translation>剩余时间</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::JobPanel</name>
    <message>
        <location filename="../ui/views/JobPanel.cpp" line="35"/>
        <source>Select a job to see its log</source>
        <translation>选择一个任务以查看其日志</translation>
    </message>
    <message>
        <location filename="../ui/views/JobPanel.cpp" line="38"/>
        <source>Clear finished</source>
        <translation>清除已结束</translation>
    </message>
    <message>
        <location filename="../ui/views/JobPanel.cpp" line="39"/>
        <source>Remove ended jobs from the list</source>
        <translation>从列表中移除已结束的任务</translation>
    </message>
    <message>
        <location filename="../ui/views/JobPanel.cpp" line="79"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/views/JobPanel.cpp" line="80"/>
        <source>Stop this job; nothing half-finished is kept</source>
        <translation>停止此任务；不会保留未完成的结果</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::JobState</name>
    <message>
        <location filename="../ui/model/JobState.cpp" line="28"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../ui/model/JobState.cpp" line="30"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../ui/model/JobState.cpp" line="32"/>
        <source>Cancelling</source>
        <translation>正在取消</translation>
    </message>
    <message>
        <location filename="../ui/model/JobState.cpp" line="34"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/model/JobState.cpp" line="36"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../ui/model/JobState.cpp" line="38"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/model/JobState.cpp" line="44"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../ui/model/JobState.cpp" line="45"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::LabelSurfaceBuilder</name>
    <message>
        <location filename="../ui/views/LabelSurfaceBuilder.cpp" line="183"/>
        <source>3D surfaces</source>
        <translation>三维表面</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::Layer</name>
    <message>
        <location filename="../ui/model/Layer.cpp" line="143"/>
        <source>%1 holds floating-point voxels, not nucleus ids</source>
        <translation>%1 包含浮点体素，而不是细胞核编号</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::LayerModel</name>
    <message>
        <location filename="../ui/model/LayerModel.cpp" line="27"/>
        <source>%1 (not saved yet)</source>
        <translation>%1（尚未保存）</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerModel.cpp" line="28"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerModel.cpp" line="82"/>
        <source>%1 has no volume</source>
        <translation>%1 没有体数据</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerModel.cpp" line="90"/>
        <location filename="../ui/model/LayerModel.cpp" line="106"/>
        <source>%1 has %2 voxels but the open volumes have %3</source>
        <translation>%1 有 %2 个体素，但已打开的体数据为 %3</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::LayerPanel</name>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="36"/>
        <source>Layers, the top one drawn last; untick to hide, F2 to rename</source>
        <translation>图层，最上面的最后绘制；取消勾选可隐藏，按 F2 重命名</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="38"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="39"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="40"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="41"/>
        <source>Draw this layer above the one over it</source>
        <translation>将此图层绘制在其上方图层之上</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="42"/>
        <source>Draw this layer below the one under it</source>
        <translation>将此图层绘制在其下方图层之下</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="59"/>
        <source>Values at or below this are drawn dark</source>
        <translation>小于或等于此值的显示为暗色</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="60"/>
        <source>Values at or above this are drawn at full colour</source>
        <translation>大于或等于此值的以全色显示</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="64"/>
        <source>Selected layer</source>
        <translation>所选图层</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="66"/>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="67"/>
        <source>Colour map</source>
        <translation>颜色映射</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="68"/>
        <source>Contrast</source>
        <translation>对比度</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="69"/>
        <source>Labels as</source>
        <translation>标签显示为</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="71"/>
        <source>Voxel size (um)</source>
        <translation>体素大小（µm）</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="82"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="190"/>
        <source>Open a volume to see or set its voxel size.</source>
        <translation>打开一个体数据以查看或设置其体素大小。</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="192"/>
        <source>From the file.</source>
        <translation>来自文件。</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="194"/>
        <source>Set by hand (the file has none).</source>
        <translation>手动设置（文件中没有）。</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="196"/>
        <source>The file has no voxel size: set it here, or sizes count in voxels.</source>
        <translation>文件没有体素大小：请在此设置，否则尺寸以体素计。</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::LayerRoleNames</name>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="25"/>
        <source>Image (I_orig)</source>
        <translation>图像（I_orig）</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="27"/>
        <source>Synthetic image (I_syn)</source>
        <translation>合成图像（I_syn）</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="29"/>
        <source>Blurred I_binary</source>
        <translation>模糊的 I_binary</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="31"/>
        <source>Probability (I_seg)</source>
        <translation>概率图（I_seg）</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="33"/>
        <source>Shape map (I_shape)</source>
        <translation>形状图（I_shape）</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="35"/>
        <source>Nucleus labels</source>
        <translation>细胞核标签</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="37"/>
        <source>Contours</source>
        <translation>轮廓</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="39"/>
        <source>Coloured labels (I_segcolor)</source>
        <translation>彩色标签（I_segcolor）</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="41"/>
        <source>Shape classes (I_label)</source>
        <translation>形状类别（I_label）</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="43"/>
        <source>Ground truth</source>
        <translation>真值</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="45"/>
        <source>Evaluation result</source>
        <translation>评估结果</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="47"/>
        <source>Shape classes</source>
        <translation>形状类别</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="80"/>
        <source>Grey</source>
        <translation>灰度</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="82"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="84"/>
        <source>Magenta</source>
        <translation>品红</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="86"/>
        <source>Cyan</source>
        <translation>青色</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="88"/>
        <source>Fire</source>
        <translation>火焰</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="103"/>
        <source>Filled</source>
        <translation>填充</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="103"/>
        <source>Outlines</source>
        <translation>轮廓线</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::LossCsvReader</name>
    <message>
        <location filename="../ui/model/LossCsvReader.cpp" line="42"/>
        <source>%1: the first line is not a loss header starting with &quot;step&quot;</source>
        <translation>%1：第一行不是以“step”开头的损失表头</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::MainWindow</name>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="57"/>
        <source>Nuclei3D</source>
        <translation>Nuclei3D</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="275"/>
        <source>A long run on the CPU</source>
        <translation>在 CPU 上长时间运行</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="276"/>
        <source>With these settings the networks train for an hour or more on this computer&apos;s CPU. The preset &quot;%1&quot; was measured at minutes per volume. Apply it before the run?</source>
        <translation>使用这些设置，网络将在本机 CPU 上训练一小时或更久。预设“%1”实测每个体积只需数分钟。运行前应用它吗？</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="379"/>
        <source>%1: done</source>
        <translation>%1：完成</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="380"/>
        <source>%1 failed</source>
        <translation>%1 失败</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="382"/>
        <source>%1: cancelled</source>
        <translation>%1：已取消</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="97"/>
        <source>Open a TIFF volume (File &gt; Open or drop it here) or generate synthetic nuclei</source>
        <translation>打开 TIFF 体数据（文件 &gt; 打开，或拖放到此处），或生成合成细胞核</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="128"/>
        <source>Whole pipeline: %1</source>
        <translation>完整流程：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="141"/>
        <source>Project saved to %1</source>
        <translation>项目已保存到 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="150"/>
        <source>Project opened: %1 layers, %2 earlier jobs</source>
        <translation>项目已打开：%1 个图层，%2 个先前的任务</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="163"/>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="165"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="167"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="171"/>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="173"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="201"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="202"/>
        <source>&amp;Open volume...</source>
        <translation>打开体数据(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="203"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="206"/>
        <source>Open &amp;project...</source>
        <translation>打开项目(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="207"/>
        <source>&amp;Save project</source>
        <translation>保存项目(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="208"/>
        <source>Save project &amp;as...</source>
        <translation>项目另存为(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="211"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="213"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="217"/>
        <source>&amp;Pipeline</source>
        <translation>流程(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="218"/>
        <source>&amp;Generate synthetic nuclei</source>
        <translation>生成合成细胞核(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="219"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="220"/>
        <source>Stage 1: random ellipsoid nuclei with the parameters of the editor</source>
        <translation>第 1 阶段：使用编辑器中的参数生成随机椭球形细胞核</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="221"/>
        <source>&amp;Classical segmentation</source>
        <translation>经典分割(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="222"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="223"/>
        <source>The baseline (smoothing, Otsu, distance transform, h-maxima, watershed) on the image</source>
        <translation>在图像上运行基线方法（平滑、Otsu、距离变换、h 极大值、分水岭）</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="224"/>
        <source>&amp;Post-process I_seg (stage 5)</source>
        <translation>后处理 I_seg（第 5 阶段）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="225"/>
        <source>Labels, contours, I_segcolor and I_label from the probability map layer</source>
        <translation>由概率图图层生成标签、轮廓、I_segcolor 和 I_label</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="226"/>
        <source>Pre&amp;view in the selected region</source>
        <translation>在所选区域预览(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="227"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="228"/>
        <source>Post-processing (or the classical baseline) on the box drawn with Shift + left drag in a slice view, with the editor&apos;s parameters; editing a parameter runs it again</source>
        <translation>在切片视图中用 Shift + 左键拖动画出的框内，以编辑器参数运行后处理（或经典基线）；修改参数会重新运行</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="231"/>
        <source>Run &amp;whole pipeline...</source>
        <translation>运行完整流程(&amp;W)...</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="232"/>
        <source>Synthetic data shaped like the image, training of both U-Nets, inference, stage 5 and, with a ground truth, stage 6; results are written to a folder you choose</source>
        <translation>按图像生成合成数据，训练两个 U-Net，推理，第 5 阶段，有真值时还有第 6 阶段；结果写入您选择的文件夹</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="235"/>
        <source>Run whole pipeline with a trained &amp;GAN...</source>
        <translation>使用已训练的 GAN 运行完整流程(&amp;G)...</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="236"/>
        <source>The whole pipeline with the GAN of an earlier run (its gan folder) or of train-gan instead of training one on this image: for the other volumes of a time series</source>
        <translation>使用先前运行的 GAN(其 gan 文件夹)或 train-gan 的 GAN 运行完整流程,而不在此图像上训练新的 GAN:用于时间序列中的其他体积</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="239"/>
        <source>&amp;Evaluation</source>
        <translation>评估(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="240"/>
        <source>Load &amp;ground truth...</source>
        <translation>加载真值(&amp;G)...</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="241"/>
        <source>&amp;Evaluate against ground truth</source>
        <translation>与真值比较评估(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="242"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="243"/>
        <source>Stage 6: precision, recall and F1 of the newest labels layer</source>
        <translation>第 6 阶段：最新标签图层的精确率、召回率和 F1</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="257"/>
        <source>Load ground truth</source>
        <translation>加载真值</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="268"/>
        <source>Run whole pipeline</source>
        <translation>运行完整流程</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="292"/>
        <source>No voxel size</source>
        <translation>没有体素大小</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="293"/>
        <source>%1 stores no voxel size and none is set in the layer list. The run would measure nucleus sizes, blur and marker heights in voxels instead of micrometres, and take the voxels for cubes. Run anyway? (No: set the voxel size under Layers first.)</source>
        <translation>%1 没有保存体素大小，图层列表中也未设置。运行将以体素而非微米来度量细胞核大小、模糊和标记高度，并把体素当作立方体。仍要运行吗？（否：先在“图层”中设置体素大小。）</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="310"/>
        <location filename="../ui/views/MainWindow.cpp" line="322"/>
        <source>Folder for the pipeline&apos;s results</source>
        <translation>流程结果的文件夹</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="319"/>
        <source>Folder of a trained GAN (an earlier run&apos;s gan folder, or train-gan&apos;s output)</source>
        <translation>已训练 GAN 的文件夹(先前运行的 gan 文件夹或 train-gan 的输出)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="328"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="329"/>
        <location filename="../ui/views/MainWindow.cpp" line="338"/>
        <source>Nuclei3D projects (*.n3dproj);;All files (*)</source>
        <translation>Nuclei3D 项目 (*.n3dproj);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="337"/>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="439"/>
        <source>Jobs running</source>
        <translation>任务正在运行</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="440"/>
        <source>Jobs are still running. Cancel them and quit?</source>
        <translation>仍有任务在运行。取消它们并退出吗？</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="446"/>
        <source>Stopping the running jobs...</source>
        <translation>正在停止运行中的任务...</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="245"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="246"/>
        <source>&amp;About Nuclei3D</source>
        <translation>关于 Nuclei3D(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="250"/>
        <source>Open volume</source>
        <translation>打开体数据</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="251"/>
        <location filename="../ui/views/MainWindow.cpp" line="258"/>
        <source>TIFF volumes (*.tif *.tiff);;All files (*)</source>
        <translation>TIFF 体数据 (*.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="148"/>
        <location filename="../ui/views/MainWindow.cpp" line="396"/>
        <source>%1 - Nuclei3D</source>
        <translation>%1 - Nuclei3D</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="394"/>
        <source>Adding the results of %1</source>
        <translation>添加 %1 的结果</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="427"/>
        <source>About Nuclei3D</source>
        <translation>关于 Nuclei3D</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="428"/>
        <source>&lt;h3&gt;Nuclei3D %1&lt;/h3&gt;&lt;p&gt;Finds, outlines and classifies every cell nucleus in 3D fluorescence microscopy volumes, trained on synthetic data only.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nuclei3D %1&lt;/h3&gt;&lt;p&gt;在三维荧光显微体数据中查找、勾勒并分类每一个细胞核，仅使用合成数据训练。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::NucleusVerdictModel</name>
    <message>
        <location filename="../ui/model/NucleusVerdictModel.cpp" line="36"/>
        <source>prediction</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../ui/model/NucleusVerdictModel.cpp" line="36"/>
        <source>ground truth</source>
        <translation>真值</translation>
    </message>
    <message>
        <location filename="../ui/model/NucleusVerdictModel.cpp" line="61"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../ui/model/NucleusVerdictModel.cpp" line="63"/>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../ui/model/NucleusVerdictModel.cpp" line="65"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../ui/model/NucleusVerdictModel.cpp" line="67"/>
        <source>Voxels</source>
        <translation>体素</translation>
    </message>
    <message>
        <location filename="../ui/model/NucleusVerdictModel.cpp" line="69"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../ui/model/NucleusVerdictModel.cpp" line="71"/>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <location filename="../ui/model/NucleusVerdictModel.cpp" line="73"/>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <location filename="../ui/model/NucleusVerdictModel.cpp" line="75"/>
        <source>Matched id</source>
        <translation>匹配编号</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::OpenProjectReaction</name>
    <message>
        <location filename="../ui/views/OpenProjectReaction.cpp" line="17"/>
        <source>Opening project %1</source>
        <translation>正在打开项目 %1</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::OpenVolumeReaction</name>
    <message>
        <location filename="../ui/views/OpenVolumeReaction.cpp" line="12"/>
        <source>%1 (ground truth)</source>
        <translation>%1（真值）</translation>
    </message>
    <message>
        <location filename="../ui/views/OpenVolumeReaction.cpp" line="20"/>
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::OrthoSliceView</name>
    <message>
        <location filename="../ui/views/OrthoSliceView.cpp" line="43"/>
        <source>Slice along %1; the mouse wheel over the picture steps too, Ctrl+wheel zooms, right drag pans, double click fits</source>
        <translation>沿 %1 的切片；在图像上滚动鼠标滚轮也可翻页，Ctrl+滚轮缩放，右键拖动平移，双击适应窗口</translation>
    </message>
    <message>
        <location filename="../ui/views/OrthoSliceView.cpp" line="46"/>
        <location filename="../ui/views/OrthoSliceView.cpp" line="129"/>
        <source>No volume</source>
        <translation>无体数据</translation>
    </message>
    <message>
        <location filename="../ui/views/OrthoSliceView.cpp" line="145"/>
        <source>%1 %2 / %3</source>
        <translation>%1 %2 / %3</translation>
    </message>
    <message>
        <location filename="../ui/views/OrthoSliceView.cpp" line="150"/>
        <source>x %1, y %2, z %3</source>
        <translation>x %1, y %2, z %3</translation>
    </message>
    <message>
        <location filename="../ui/views/OrthoSliceView.cpp" line="152"/>
        <source> (%1, %2, %3 um)</source>
        <translation>（%1, %2, %3 µm）</translation>
    </message>
    <message>
        <location filename="../ui/views/OrthoSliceView.cpp" line="161"/>
        <source>  |  %1: nucleus %2</source>
        <translation>  |  %1：细胞核 %2</translation>
    </message>
    <message>
        <location filename="../ui/views/OrthoSliceView.cpp" line="163"/>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location filename="../ui/views/OrthoSliceView.cpp" line="166"/>
        <source>  |  %1: %2</source>
        <translation>  |  %1：%2</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::ParameterEditor</name>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="39"/>
        <source>Load...</source>
        <translation>加载...</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="40"/>
        <source>Read parameters from a JSON file</source>
        <translation>从 JSON 文件读取参数</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="41"/>
        <source>Save...</source>
        <translation>保存...</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="42"/>
        <source>Write these parameters to a JSON file</source>
        <translation>将这些参数写入 JSON 文件</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="43"/>
        <source>Presets</source>
        <translation>预设</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="45"/>
        <source>Set a named group of values; the other parameters keep theirs</source>
        <translation>设置一组命名的值；其他参数保持不变</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="47"/>
        <source>Reset to defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="158"/>
        <source>Load parameters</source>
        <translation>加载参数</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="159"/>
        <source>Parameter files (*.json);;All files (*)</source>
        <translation>参数文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="166"/>
        <source>Save parameters</source>
        <translation>保存参数</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="166"/>
        <source>Parameter files (*.json)</source>
        <translation>参数文件 (*.json)</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::ParameterField</name>
    <message>
        <location filename="../ui/views/ParameterField.cpp" line="44"/>
        <source>Allowed: %1</source>
        <translation>允许范围：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterField.cpp" line="45"/>
        <source>Name: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterField.cpp" line="69"/>
        <source>%1 is out of range for %2: allowed %3</source>
        <translation>%1 超出了 %2 的范围：允许 %3</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::PostprocessReaction</name>
    <message>
        <location filename="../ui/views/PostprocessReaction.cpp" line="10"/>
        <source>Post-processing (stage 5)</source>
        <translation>后处理（第 5 阶段）</translation>
    </message>
    <message>
        <location filename="../ui/views/PostprocessReaction.cpp" line="13"/>
        <source>Open or compute a probability map I_seg first.</source>
        <translation>请先打开或计算概率图 I_seg。</translation>
    </message>
    <message>
        <location filename="../ui/views/PostprocessReaction.cpp" line="20"/>
        <source>stage 5</source>
        <translation>第 5 阶段</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::ProjectFileText</name>
    <message>
        <location filename="../ui/model/ProjectFile.cpp" line="70"/>
        <source>%1: cannot write the project (%2)</source>
        <translation>%1：无法写入项目（%2）</translation>
    </message>
    <message>
        <location filename="../ui/model/ProjectFile.cpp" line="79"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/model/ProjectFile.cpp" line="84"/>
        <source>cannot open the project (%1)</source>
        <translation>无法打开项目（%1）</translation>
    </message>
    <message>
        <location filename="../ui/model/ProjectFile.cpp" line="88"/>
        <source>not a valid JSON file (%1 at byte %2)</source>
        <translation>不是有效的 JSON 文件（%1，位于第 %2 字节）</translation>
    </message>
    <message>
        <location filename="../ui/model/ProjectFile.cpp" line="92"/>
        <source>not a Nuclei3D project</source>
        <translation>不是 Nuclei3D 项目</translation>
    </message>
    <message>
        <location filename="../ui/model/ProjectFile.cpp" line="94"/>
        <source>written by a newer Nuclei3D (format %1)</source>
        <translation>由更新版本的 Nuclei3D 写入（格式 %1）</translation>
    </message>
    <message>
        <location filename="../ui/model/ProjectFile.cpp" line="104"/>
        <source>layer &quot;%1&quot; has an unknown role &quot;%2&quot;</source>
        <translation>图层“%1”的角色“%2”未知</translation>
    </message>
    <message>
        <location filename="../ui/model/ProjectFile.cpp" line="108"/>
        <source>layer &quot;%1&quot; names no file</source>
        <translation>图层“%1”未指定文件</translation>
    </message>
    <message>
        <location filename="../ui/model/ProjectFile.cpp" line="124"/>
        <source>the voxel size must be positive</source>
        <translation>体素大小必须为正数</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::RegionPreviewReaction</name>
    <message>
        <location filename="../ui/views/RegionPreviewReaction.cpp" line="12"/>
        <source>Preview in region</source>
        <translation>区域预览</translation>
    </message>
    <message>
        <location filename="../ui/views/RegionPreviewReaction.cpp" line="15"/>
        <source>Draw a box in a slice view first (Shift + left drag).</source>
        <translation>请先在切片视图中画一个框（Shift + 左键拖动）。</translation>
    </message>
    <message>
        <location filename="../ui/views/RegionPreviewReaction.cpp" line="22"/>
        <source>Open an image or a probability map I_seg first.</source>
        <translation>请先打开图像或概率图 I_seg。</translation>
    </message>
    <message>
        <location filename="../ui/views/RegionPreviewReaction.cpp" line="32"/>
        <source>labels (preview)</source>
        <translation>标签（预览）</translation>
    </message>
    <message>
        <location filename="../ui/views/RegionPreviewReaction.cpp" line="34"/>
        <source>preview</source>
        <translation>预览</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::RunPipelineReaction</name>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="60"/>
        <source>Whole pipeline</source>
        <translation>完整流程</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="63"/>
        <source>Open the microscopy image from a file first (File &gt; Open volume).</source>
        <translation>请先从文件打开显微图像（文件 &gt; 打开体数据）。</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="85"/>
        <source>pipeline</source>
        <translation>流程</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="87"/>
        <source>I_seg (%1)</source>
        <translation>I_seg（%1）</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="88"/>
        <source>I_shape (%1)</source>
        <translation>I_shape（%1）</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="89"/>
        <source>labels (%1)</source>
        <translation>标签（%1）</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="90"/>
        <source>contours (%1)</source>
        <translation>轮廓（%1）</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="91"/>
        <source>I_segcolor (%1)</source>
        <translation>I_segcolor（%1）</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="92"/>
        <source>I_label (%1)</source>
        <translation>I_label（%1）</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="93"/>
        <source>classes (%1)</source>
        <translation>类别（%1）</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="95"/>
        <source>blurred I_binary (%1)</source>
        <translation>模糊的 I_binary（%1）</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="95"/>
        <source>I_syn (GAN, %1)</source>
        <translation>I_syn（GAN，%1）</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="96"/>
        <source>synthetic microscope image (%1)</source>
        <translation>合成显微镜图像（%1）</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="100"/>
        <source>%1 nuclei.</source>
        <translation>%1 个细胞核。</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="101"/>
        <source>%1 nuclei; I_syn against the image: histogram distance %2, spectrum distance %3 (blurred input: %4, %5; 0 = identical).</source>
        <translation>%1 个细胞核；I_syn 与图像相比：直方图距离 %2，频谱距离 %3（模糊输入：%4，%5；0 = 相同）。</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="103"/>
        <source> Warning: the networks&apos; foreground overlaps a plain Otsu threshold of the image by only %1 (IoU); they most likely took background or glow for nuclei. Look at I_seg, or run again with another U-Net seed.</source>
        <translation> 警告：网络的前景与图像的普通 Otsu 阈值结果仅重叠 %1（IoU）；网络很可能把背景或弥散荧光当成了细胞核。请查看 I_seg，或换一个 U-Net 随机种子重新运行。</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="106"/>
        <source> M1 was trained %1 times (seeds %2; foreground overlaps %3); the one with seed %4 is used.</source>
        <translation> M1 共训练了 %1 次（随机种子 %2；前景重叠 %3）；使用随机种子为 %4 的那个。</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="108"/>
        <source> M1 was trained %1 times (seeds %2; foreground overlaps %3); I_seg is the mean of those with seeds %4.</source>
        <translation> M1 共训练了 %1 次（随机种子 %2；前景重叠 %3）；I_seg 为随机种子 %4 的那些模型的平均。</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="110"/>
        <source> Threshold on I_seg %1, set from the image: I_seg above it covers %2 % of the voxels, as a classical foreground of the image.</source>
        <translation> I_seg 的阈值 %1，由图像设定：高于它的 I_seg 覆盖 %2 % 的体素，与图像的经典前景相同。</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::SamplePreview</name>
    <message>
        <location filename="../ui/views/SamplePreview.cpp" line="43"/>
        <source>Synthetic and real slices appear here while a pipeline trains.</source>
        <translation>流程训练时，合成切片和真实切片显示在这里。</translation>
    </message>
    <message>
        <location filename="../ui/views/SamplePreview.cpp" line="78"/>
        <source>GAN sample %1: blurred I_binary | G1 of it (I_syn) | real slice</source>
        <translation>GAN 样本 %1：模糊的 I_binary | 其 G1（I_syn）| 真实切片</translation>
    </message>
    <message>
        <location filename="../ui/views/SamplePreview.cpp" line="89"/>
        <source>Training pair input %1 (middle slice) | real image (middle slice)</source>
        <translation>训练样本对输入 %1（中间切片）| 真实图像（中间切片）</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::SaveProjectReaction</name>
    <message>
        <location filename="../ui/views/SaveProjectReaction.cpp" line="62"/>
        <source>Saving project %1</source>
        <translation>正在保存项目 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/SaveProjectReaction.cpp" line="109"/>
        <source>Saving project</source>
        <translation>保存项目</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::Stage5Layers</name>
    <message>
        <location filename="../ui/model/Stage5Layers.cpp" line="16"/>
        <source>background</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="../ui/model/Stage5Layers.cpp" line="29"/>
        <source>labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../ui/model/Stage5Layers.cpp" line="42"/>
        <source>classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/model/Stage5Layers.cpp" line="49"/>
        <source>contours</source>
        <translation>轮廓</translation>
    </message>
    <message>
        <location filename="../ui/model/Stage5Layers.cpp" line="55"/>
        <source>I_segcolor</source>
        <translation>I_segcolor</translation>
    </message>
    <message>
        <location filename="../ui/model/Stage5Layers.cpp" line="61"/>
        <source>I_label</source>
        <translation>I_label</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::SynthesizeReaction</name>
    <message>
        <location filename="../ui/views/SynthesizeReaction.cpp" line="15"/>
        <source>synthetic nuclei</source>
        <translation>合成细胞核</translation>
    </message>
    <message>
        <location filename="../ui/views/SynthesizeReaction.cpp" line="16"/>
        <source>Generating synthetic nuclei</source>
        <translation>正在生成合成细胞核</translation>
    </message>
    <message>
        <location filename="../ui/views/SynthesizeReaction.cpp" line="21"/>
        <source>blurred I_binary (synthetic)</source>
        <translation>模糊的 I_binary（合成）</translation>
    </message>
    <message>
        <location filename="../ui/views/SynthesizeReaction.cpp" line="22"/>
        <source>I_instances (synthetic)</source>
        <translation>I_instances（合成）</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::TaskRunner</name>
    <message>
        <location filename="../ui/model/TaskRunner.cpp" line="44"/>
        <source>Out of memory: the volume is too large for this computer.</source>
        <translation>内存不足：该体数据对这台计算机来说太大。</translation>
    </message>
    <message>
        <location filename="../ui/model/TaskRunner.cpp" line="49"/>
        <source>Failed with an error that has no message (%1).</source>
        <translation>失败：错误没有任何消息（%1）。</translation>
    </message>
    <message>
        <location filename="../ui/model/TaskRunner.cpp" line="51"/>
        <source>Failed with an unknown error (not a standard exception).</source>
        <translation>失败：未知错误（不是标准异常）。</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::TrainingMonitor</name>
    <message>
        <location filename="../ui/views/TrainingMonitor.cpp" line="29"/>
        <source>Step</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingMonitor.cpp" line="32"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingMonitor.cpp" line="39"/>
        <source>Follow loss file...</source>
        <translation>跟踪损失文件...</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingMonitor.cpp" line="40"/>
        <source>Show the curves of a training run&apos;s loss.csv, updated while it trains</source>
        <translation>显示训练过程 loss.csv 中的曲线，训练时实时更新</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingMonitor.cpp" line="41"/>
        <location filename="../ui/views/TrainingMonitor.cpp" line="76"/>
        <source>No training followed.</source>
        <translation>未跟踪任何训练。</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingMonitor.cpp" line="93"/>
        <source>Waiting for %1 ...</source>
        <translation>正在等待 %1 ...</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingMonitor.cpp" line="95"/>
        <source>%1: step %2</source>
        <translation>%1：第 %2 步</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingMonitor.cpp" line="129"/>
        <source>Follow a training loss file</source>
        <translation>跟踪训练损失文件</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingMonitor.cpp" line="130"/>
        <source>Loss logs (loss.csv *.csv);;All files (*)</source>
        <translation>损失日志 (loss.csv *.csv);;所有文件 (*)</translation>
    </message>
</context>
</TS>
