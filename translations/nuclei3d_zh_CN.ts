<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>nuclei3d::ui::MainWindow</name>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="37"/>
        <source>Nuclei3D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="53"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="54"/>
        <source>Stop the running task; nothing half-finished is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="69"/>
        <source>%1: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="72"/>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="75"/>
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="79"/>
        <source>Open a TIFF volume (File &gt; Open or drop it here) or generate synthetic nuclei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="85"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="86"/>
        <source>&amp;Open volume...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="88"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="91"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="94"/>
        <source>&amp;Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="95"/>
        <source>&amp;Generate synthetic nuclei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="96"/>
        <source>Ctrl+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="97"/>
        <source>Stage 1: random ellipsoid nuclei with the default parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="99"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="100"/>
        <source>&amp;About Nuclei3D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="104"/>
        <source>Open volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="105"/>
        <source>TIFF volumes (*.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="114"/>
        <location filename="../ui/views/MainWindow.cpp" line="129"/>
        <source>Please wait for the running task or cancel it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="119"/>
        <location filename="../ui/views/MainWindow.cpp" line="120"/>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="132"/>
        <source>synthetic nuclei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="133"/>
        <location filename="../ui/views/MainWindow.cpp" line="134"/>
        <source>Generating synthetic nuclei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="162"/>
        <source>%1 - Nuclei3D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="185"/>
        <source>About Nuclei3D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="186"/>
        <source>&lt;h3&gt;Nuclei3D %1&lt;/h3&gt;&lt;p&gt;Finds, outlines and classifies every cell nucleus in 3D fluorescence microscopy volumes, trained on synthetic data only.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="193"/>
        <source>Task running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="194"/>
        <source>%1 is still running. Cancel it and quit?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::SliceView</name>
    <message>
        <location filename="../ui/views/SliceView.cpp" line="66"/>
        <source>Depth (z slice); the mouse wheel over the image steps too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/SliceView.cpp" line="67"/>
        <location filename="../ui/views/SliceView.cpp" line="104"/>
        <source>No volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/SliceView.cpp" line="113"/>
        <source>z %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/SliceView.cpp" line="121"/>
        <source>x %1, y %2, z %3: value %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/views/SliceView.cpp" line="124"/>
        <source>, nucleus %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
