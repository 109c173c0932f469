<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <location filename="../ui/model/JobState.cpp" line="10"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../ui/model/JobState.cpp" line="12"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../ui/model/JobState.cpp" line="14"/>
        <source>Cancelling</source>
        <translation>正在取消</translation>
    </message>
    <message>
        <location filename="../ui/model/JobState.cpp" line="16"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/model/JobState.cpp" line="18"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../ui/model/JobState.cpp" line="20"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/model/JobState.cpp" line="26"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../ui/model/JobState.cpp" line="27"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::MainWindow</name>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="36"/>
        <source>Nuclei3D</source>
        <translation>Nuclei3D</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="142"/>
        <source>%1: done</source>
        <translation>%1：完成</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="144"/>
        <source>%1 failed</source>
        <translation>%1 失败</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="146"/>
        <source>%1: cancelled</source>
        <translation>%1：已取消</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="74"/>
        <source>Open a TIFF volume (File &gt; Open or drop it here) or generate synthetic nuclei</source>
        <translation>打开 TIFF 体数据（文件 &gt; 打开，或拖放到此处），或生成合成细胞核</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="81"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="87"/>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="96"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="97"/>
        <source>&amp;Open volume...</source>
        <translation>打开体数据(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="99"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="102"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="105"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="109"/>
        <source>&amp;Pipeline</source>
        <translation>流程(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="111"/>
        <source>&amp;Generate synthetic nuclei</source>
        <translation>生成合成细胞核(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="112"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="113"/>
        <source>Stage 1: random ellipsoid nuclei with the parameters of the editor</source>
        <translation>第 1 阶段：使用编辑器中的参数生成随机椭球形细胞核</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="190"/>
        <source>Jobs running</source>
        <translation>任务正在运行</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="191"/>
        <source>Jobs are still running. Cancel them and quit?</source>
        <translation>仍有任务在运行。取消它们并退出吗？</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="197"/>
        <source>Stopping the running jobs...</source>
        <translation>正在停止运行中的任务...</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="115"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="116"/>
        <source>&amp;About Nuclei3D</source>
        <translation>关于 Nuclei3D(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="120"/>
        <source>Open volume</source>
        <translation>打开体数据</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="121"/>
        <source>TIFF volumes (*.tif *.tiff);;All files (*)</source>
        <translation>TIFF 体数据 (*.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="155"/>
        <source>%1 - Nuclei3D</source>
        <translation>%1 - Nuclei3D</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="178"/>
        <source>About Nuclei3D</source>
        <translation>关于 Nuclei3D</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="179"/>
        <source>&lt;h3&gt;Nuclei3D %1&lt;/h3&gt;&lt;p&gt;Finds, outlines and classifies every cell nucleus in 3D fluorescence microscopy volumes, trained on synthetic data only.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nuclei3D %1&lt;/h3&gt;&lt;p&gt;在三维荧光显微体数据中查找、勾勒并分类每一个细胞核，仅使用合成数据训练。&lt;/p&gt;</translation>
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
        <location filename="../ui/views/ParameterField.cpp" line="43"/>
        <source>Allowed: %1</source>
        <translation>允许范围：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterField.cpp" line="44"/>
        <source>Name: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterField.cpp" line="68"/>
        <source>%1 is out of range for %2: allowed %3</source>
        <translation>%1 超出了 %2 的范围：允许 %3</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::SliceView</name>
    <message>
        <location filename="../ui/views/SliceView.cpp" line="66"/>
        <source>Depth (z slice); the mouse wheel over the image steps too</source>
        <translation>深度（z 切片）；在图像上滚动鼠标滚轮也可切换</translation>
    </message>
    <message>
        <location filename="../ui/views/SliceView.cpp" line="67"/>
        <location filename="../ui/views/SliceView.cpp" line="104"/>
        <source>No volume</source>
        <translation>无体数据</translation>
    </message>
    <message>
        <location filename="../ui/views/SliceView.cpp" line="113"/>
        <source>z %1 / %2</source>
        <translation>z %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/views/SliceView.cpp" line="121"/>
        <source>x %1, y %2, z %3: value %4</source>
        <translation>x %1, y %2, z %3：值 %4</translation>
    </message>
    <message>
        <location filename="../ui/views/SliceView.cpp" line="124"/>
        <source>, nucleus %1</source>
        <translation>，细胞核 %1</translation>
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
</context>
<context>
    <name>nuclei3d::ui::TaskRunner</name>
    <message>
        <location filename="../ui/model/TaskRunner.cpp" line="38"/>
        <source>Out of memory: the volume is too large for this computer.</source>
        <translation>内存不足：该体数据对这台计算机来说太大。</translation>
    </message>
</context>
</TS>
