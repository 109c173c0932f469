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
        <location filename="../ui/views/EvaluateReaction.cpp" line="15"/>
        <source>Evaluation (stage 6)</source>
        <translation>评估（第 6 阶段）</translation>
    </message>
    <message>
        <location filename="../ui/views/EvaluateReaction.cpp" line="19"/>
        <source>Load the ground truth first (Evaluation &gt; Load ground truth).</source>
        <translation>请先加载真值标注（评估 &gt; 加载真值）。</translation>
    </message>
    <message>
        <location filename="../ui/views/EvaluateReaction.cpp" line="23"/>
        <source>There are no nucleus labels to evaluate: run a segmentation or open labels first.</source>
        <translation>没有可评估的细胞核标签：请先运行分割或打开标签。</translation>
    </message>
    <message>
        <location filename="../ui/views/EvaluateReaction.cpp" line="36"/>
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
        <location filename="../ui/views/LayerPanel.cpp" line="184"/>
        <source>From the file.</source>
        <translation>来自文件。</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="186"/>
        <source>Set by hand (the file has none).</source>
        <translation>手动设置（文件中没有）。</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="188"/>
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
        <location filename="../ui/views/MainWindow.cpp" line="52"/>
        <source>Nuclei3D</source>
        <translation>Nuclei3D</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="301"/>
        <source>%1: done</source>
        <translation>%1：完成</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="302"/>
        <source>%1 failed</source>
        <translation>%1 失败</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="304"/>
        <source>%1: cancelled</source>
        <translation>%1：已取消</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="87"/>
        <source>Open a TIFF volume (File &gt; Open or drop it here) or generate synthetic nuclei</source>
        <translation>打开 TIFF 体数据（文件 &gt; 打开，或拖放到此处），或生成合成细胞核</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="117"/>
        <source>Whole pipeline: %1</source>
        <translation>完整流程：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="127"/>
        <source>Project saved to %1</source>
        <translation>项目已保存到 %1</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="136"/>
        <source>Project opened: %1 layers, %2 earlier jobs</source>
        <translation>项目已打开：%1 个图层，%2 个先前的任务</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="149"/>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="151"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="153"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="157"/>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="159"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="187"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="188"/>
        <source>&amp;Open volume...</source>
        <translation>打开体数据(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="189"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="192"/>
        <source>Open &amp;project...</source>
        <translation>打开项目(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="193"/>
        <source>&amp;Save project</source>
        <translation>保存项目(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="194"/>
        <source>Save project &amp;as...</source>
        <translation>项目另存为(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="197"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="199"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="203"/>
        <source>&amp;Pipeline</source>
        <translation>流程(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="204"/>
        <source>&amp;Generate synthetic nuclei</source>
        <translation>生成合成细胞核(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="205"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="206"/>
        <source>Stage 1: random ellipsoid nuclei with the parameters of the editor</source>
        <translation>第 1 阶段：使用编辑器中的参数生成随机椭球形细胞核</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="207"/>
        <source>&amp;Classical segmentation</source>
        <translation>经典分割(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="208"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="209"/>
        <source>The baseline (smoothing, Otsu, distance transform, h-maxima, watershed) on the image</source>
        <translation>在图像上运行基线方法（平滑、Otsu、距离变换、h 极大值、分水岭）</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="210"/>
        <source>&amp;Post-process I_seg (stage 5)</source>
        <translation>后处理 I_seg（第 5 阶段）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="211"/>
        <source>Labels, contours, I_segcolor and I_label from the probability map layer</source>
        <translation>由概率图图层生成标签、轮廓、I_segcolor 和 I_label</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="212"/>
        <source>Pre&amp;view in the selected region</source>
        <translation>在所选区域预览(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="213"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="214"/>
        <source>Post-processing (or the classical baseline) on the box drawn with Shift + left drag in a slice view, with the editor&apos;s parameters; editing a parameter runs it again</source>
        <translation>在切片视图中用 Shift + 左键拖动画出的框内，以编辑器参数运行后处理（或经典基线）；修改参数会重新运行</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="217"/>
        <source>Run &amp;whole pipeline...</source>
        <translation>运行完整流程(&amp;W)...</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="218"/>
        <source>Synthetic data shaped like the image, training of both U-Nets, inference, stage 5 and, with a ground truth, stage 6; results are written to a folder you choose</source>
        <translation>按图像生成合成数据，训练两个 U-Net，推理，第 5 阶段，有真值时还有第 6 阶段；结果写入您选择的文件夹</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="221"/>
        <source>&amp;Evaluation</source>
        <translation>评估(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="222"/>
        <source>Load &amp;ground truth...</source>
        <translation>加载真值(&amp;G)...</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="223"/>
        <source>&amp;Evaluate against ground truth</source>
        <translation>与真值比较评估(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="224"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="225"/>
        <source>Stage 6: precision, recall and F1 of the newest labels layer</source>
        <translation>第 6 阶段：最新标签图层的精确率、召回率和 F1</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="239"/>
        <source>Load ground truth</source>
        <translation>加载真值</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="246"/>
        <source>Folder for the pipeline&apos;s results</source>
        <translation>流程结果的文件夹</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="252"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="253"/>
        <location filename="../ui/views/MainWindow.cpp" line="262"/>
        <source>Nuclei3D projects (*.n3dproj);;All files (*)</source>
        <translation>Nuclei3D 项目 (*.n3dproj);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="261"/>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="357"/>
        <source>Jobs running</source>
        <translation>任务正在运行</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="358"/>
        <source>Jobs are still running. Cancel them and quit?</source>
        <translation>仍有任务在运行。取消它们并退出吗？</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="364"/>
        <source>Stopping the running jobs...</source>
        <translation>正在停止运行中的任务...</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="227"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="228"/>
        <source>&amp;About Nuclei3D</source>
        <translation>关于 Nuclei3D(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="232"/>
        <source>Open volume</source>
        <translation>打开体数据</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="233"/>
        <location filename="../ui/views/MainWindow.cpp" line="240"/>
        <source>TIFF volumes (*.tif *.tiff);;All files (*)</source>
        <translation>TIFF 体数据 (*.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="134"/>
        <location filename="../ui/views/MainWindow.cpp" line="318"/>
        <source>%1 - Nuclei3D</source>
        <translation>%1 - Nuclei3D</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="316"/>
        <source>Adding the results of %1</source>
        <translation>添加 %1 的结果</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="345"/>
        <source>About Nuclei3D</source>
        <translation>关于 Nuclei3D</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="346"/>
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
        <location filename="../ui/views/OpenVolumeReaction.cpp" line="15"/>
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
        <location filename="../ui/views/ParameterEditor.cpp" line="36"/>
        <source>Load...</source>
        <translation>加载...</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="37"/>
        <source>Read parameters from a JSON file</source>
        <translation>从 JSON 文件读取参数</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="38"/>
        <source>Save...</source>
        <translation>保存...</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="39"/>
        <source>Write these parameters to a JSON file</source>
        <translation>将这些参数写入 JSON 文件</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="40"/>
        <source>Reset to defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="131"/>
        <source>Load parameters</source>
        <translation>加载参数</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="132"/>
        <source>Parameter files (*.json);;All files (*)</source>
        <translation>参数文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="139"/>
        <source>Save parameters</source>
        <translation>保存参数</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="139"/>
        <source>Parameter files (*.json)</source>
        <translation>参数文件 (*.json)</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::ParameterField</name>
    <message>
        <location filename="../ui/views/ParameterField.cpp" line="42"/>
        <source>Allowed: %1</source>
        <translation>允许范围：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterField.cpp" line="43"/>
        <source>Name: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterField.cpp" line="67"/>
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
        <location filename="../ui/views/RunPipelineReaction.cpp" line="98"/>
        <source>Whole pipeline</source>
        <translation>完整流程</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="101"/>
        <source>Open the microscopy image from a file first (File &gt; Open volume).</source>
        <translation>请先从文件打开显微图像（文件 &gt; 打开体数据）。</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="120"/>
        <source>pipeline</source>
        <translation>流程</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="122"/>
        <source>I_seg (%1)</source>
        <translation>I_seg（%1）</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="123"/>
        <source>I_shape (%1)</source>
        <translation>I_shape（%1）</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="124"/>
        <source>labels (%1)</source>
        <translation>标签（%1）</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="125"/>
        <source>contours (%1)</source>
        <translation>轮廓（%1）</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="126"/>
        <source>I_segcolor (%1)</source>
        <translation>I_segcolor（%1）</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="127"/>
        <source>I_label (%1)</source>
        <translation>I_label（%1）</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="128"/>
        <source>classes (%1)</source>
        <translation>类别（%1）</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="130"/>
        <source>blurred I_binary (%1)</source>
        <translation>模糊的 I_binary（%1）</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="130"/>
        <source>I_syn (GAN, %1)</source>
        <translation>I_syn（GAN，%1）</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="131"/>
        <source>synthetic microscope image (%1)</source>
        <translation>合成显微镜图像（%1）</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="135"/>
        <source>%1 nuclei</source>
        <translation>%1 个细胞核</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="132"/>
        <source>%1 nuclei; I_syn against the image: histogram distance %2, spectrum distance %3 (blurred input: %4, %5; 0 = identical)</source>
        <translation>%1 个细胞核；I_syn 与图像相比：直方图距离 %2，频谱距离 %3（模糊输入：%4，%5；0 = 相同）</translation>
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
        <location filename="../ui/model/TaskRunner.cpp" line="39"/>
        <source>Out of memory: the volume is too large for this computer.</source>
        <translation>内存不足：该体数据对这台计算机来说太大。</translation>
    </message>
    <message>
        <location filename="../ui/model/TaskRunner.cpp" line="44"/>
        <source>Failed with an error that has no message (%1).</source>
        <translation>失败：错误没有任何消息（%1）。</translation>
    </message>
    <message>
        <location filename="../ui/model/TaskRunner.cpp" line="46"/>
        <source>Failed with an unknown error (not a standard exception).</source>
        <translation>失败：未知错误（不是标准异常）。</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::TrainingMonitor</name>
    <message>
        <location filename="../ui/views/TrainingMonitor.cpp" line="23"/>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingMonitor.cpp" line="26"/>
        <source>Step</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingMonitor.cpp" line="29"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingMonitor.cpp" line="36"/>
        <source>Follow loss file...</source>
        <translation>跟踪损失文件...</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingMonitor.cpp" line="37"/>
        <source>Show the curves of a training run&apos;s loss.csv, updated while it trains</source>
        <translation>显示训练过程 loss.csv 中的曲线，训练时实时更新</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingMonitor.cpp" line="38"/>
        <location filename="../ui/views/TrainingMonitor.cpp" line="73"/>
        <source>No training followed.</source>
        <translation>未跟踪任何训练。</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingMonitor.cpp" line="90"/>
        <source>Waiting for %1 ...</source>
        <translation>正在等待 %1 ...</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingMonitor.cpp" line="92"/>
        <source>%1: step %2</source>
        <translation>%1：第 %2 步</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingMonitor.cpp" line="126"/>
        <source>Follow a training loss file</source>
        <translation>跟踪训练损失文件</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingMonitor.cpp" line="127"/>
        <source>Loss logs (loss.csv *.csv);;All files (*)</source>
        <translation>损失日志 (loss.csv *.csv);;所有文件 (*)</translation>
    </message>
</context>
</TS>
