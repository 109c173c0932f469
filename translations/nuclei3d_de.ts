<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>nuclei3d::ui::Job</name>
    <message>
        <location filename="../ui/model/Job.cpp" line="15"/>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/model/Job.cpp" line="37"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../ui/model/Job.cpp" line="48"/>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen...</translation>
    </message>
    <message>
        <location filename="../ui/model/Job.cpp" line="86"/>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../ui/model/Job.cpp" line="89"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/model/Job.cpp" line="92"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::JobListModel</name>
    <message>
        <location filename="../ui/model/JobListModel.cpp" line="65"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/model/JobListModel.cpp" line="66"/>
        <source>%1 % %2</source>
        <translation>%1 % %2</translation>
    </message>
    <message>
        <location filename="../ui/model/JobListModel.cpp" line="81"/>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location filename="../ui/model/JobListModel.cpp" line="83"/>
        <source>Runs on</source>
        <translation>Läuft auf</translation>
    </message>
    <message>
        <location filename="../ui/model/JobListModel.cpp" line="85"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/model/JobListModel.cpp" line="87"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/model/JobListModel.cpp" line="89"/>
        <source>Elapsed</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <location filename="../ui/model/JobListModel.cpp" line="91"/>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::JobPanel</name>
    <message>
        <location filename="../ui/views/JobPanel.cpp" line="35"/>
        <source>Select a job to see its log</source>
        <translation>Auftrag auswählen, um sein Protokoll zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/views/JobPanel.cpp" line="38"/>
        <source>Clear finished</source>
        <translation>Beendete entfernen</translation>
    </message>
    <message>
        <location filename="../ui/views/JobPanel.cpp" line="39"/>
        <source>Remove ended jobs from the list</source>
        <translation>Beendete Aufträge aus der Liste entfernen</translation>
    </message>
    <message>
        <location filename="../ui/views/JobPanel.cpp" line="79"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/views/JobPanel.cpp" line="80"/>
        <source>Stop this job; nothing half-finished is kept</source>
        <translation>Diesen Auftrag anhalten; nichts Halbfertiges wird behalten</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::JobState</name>
    <message>
        <location filename="../ui/model/JobState.cpp" line="10"/>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/model/JobState.cpp" line="12"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/model/JobState.cpp" line="14"/>
        <source>Cancelling</source>
        <translation>Wird abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/model/JobState.cpp" line="16"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/model/JobState.cpp" line="18"/>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../ui/model/JobState.cpp" line="20"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
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
        <translation>%1: erledigt</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="144"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="146"/>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="74"/>
        <source>Open a TIFF volume (File &gt; Open or drop it here) or generate synthetic nuclei</source>
        <translation>Ein TIFF-Volumen öffnen (Datei &gt; Öffnen oder hierher ziehen) oder synthetische Zellkerne erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="81"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="87"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="96"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="97"/>
        <source>&amp;Open volume...</source>
        <translation>Volumen ö&amp;ffnen...</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="99"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="102"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="105"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="109"/>
        <source>&amp;Pipeline</source>
        <translation>&amp;Pipeline</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="111"/>
        <source>&amp;Generate synthetic nuclei</source>
        <translation>Synthetische Zellkerne &amp;erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="112"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="113"/>
        <source>Stage 1: random ellipsoid nuclei with the parameters of the editor</source>
        <translation>Stufe 1: zufällige ellipsoide Zellkerne mit den Parametern des Editors</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="190"/>
        <source>Jobs running</source>
        <translation>Aufträge laufen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="191"/>
        <source>Jobs are still running. Cancel them and quit?</source>
        <translation>Es laufen noch Aufträge. Abbrechen und beenden?</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="197"/>
        <source>Stopping the running jobs...</source>
        <translation>Laufende Aufträge werden angehalten...</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="115"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="116"/>
        <source>&amp;About Nuclei3D</source>
        <translation>&amp;Über Nuclei3D</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="120"/>
        <source>Open volume</source>
        <translation>Volumen öffnen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="121"/>
        <source>TIFF volumes (*.tif *.tiff);;All files (*)</source>
        <translation>TIFF-Volumen (*.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="155"/>
        <source>%1 - Nuclei3D</source>
        <translation>%1 - Nuclei3D</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="178"/>
        <source>About Nuclei3D</source>
        <translation>Über Nuclei3D</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="179"/>
        <source>&lt;h3&gt;Nuclei3D %1&lt;/h3&gt;&lt;p&gt;Finds, outlines and classifies every cell nucleus in 3D fluorescence microscopy volumes, trained on synthetic data only.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nuclei3D %1&lt;/h3&gt;&lt;p&gt;Findet, umreißt und klassifiziert jeden Zellkern in 3D-Fluoreszenzmikroskopie-Volumen, trainiert ausschließlich mit synthetischen Daten.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::OpenVolumeReaction</name>
    <message>
        <location filename="../ui/views/OpenVolumeReaction.cpp" line="15"/>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::ParameterEditor</name>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="36"/>
        <source>Load...</source>
        <translation>Laden...</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="37"/>
        <source>Read parameters from a JSON file</source>
        <translation>Parameter aus einer JSON-Datei lesen</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="38"/>
        <source>Save...</source>
        <translation>Speichern...</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="39"/>
        <source>Write these parameters to a JSON file</source>
        <translation>Diese Parameter in eine JSON-Datei schreiben</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="40"/>
        <source>Reset to defaults</source>
        <translation>Auf Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="131"/>
        <source>Load parameters</source>
        <translation>Parameter laden</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="132"/>
        <source>Parameter files (*.json);;All files (*)</source>
        <translation>Parameterdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="139"/>
        <source>Save parameters</source>
        <translation>Parameter speichern</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="139"/>
        <source>Parameter files (*.json)</source>
        <translation>Parameterdateien (*.json)</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::ParameterField</name>
    <message>
        <location filename="../ui/views/ParameterField.cpp" line="43"/>
        <source>Allowed: %1</source>
        <translation>Erlaubt: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterField.cpp" line="44"/>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterField.cpp" line="68"/>
        <source>%1 is out of range for %2: allowed %3</source>
        <translation>%1 liegt außerhalb des Bereichs für %2: erlaubt %3</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::SliceView</name>
    <message>
        <location filename="../ui/views/SliceView.cpp" line="66"/>
        <source>Depth (z slice); the mouse wheel over the image steps too</source>
        <translation>Tiefe (z-Schicht); auch das Mausrad über dem Bild blättert</translation>
    </message>
    <message>
        <location filename="../ui/views/SliceView.cpp" line="67"/>
        <location filename="../ui/views/SliceView.cpp" line="104"/>
        <source>No volume</source>
        <translation>Kein Volumen</translation>
    </message>
    <message>
        <location filename="../ui/views/SliceView.cpp" line="113"/>
        <source>z %1 / %2</source>
        <translation>z %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/views/SliceView.cpp" line="121"/>
        <source>x %1, y %2, z %3: value %4</source>
        <translation>x %1, y %2, z %3: Wert %4</translation>
    </message>
    <message>
        <location filename="../ui/views/SliceView.cpp" line="124"/>
        <source>, nucleus %1</source>
        <translation>, Zellkern %1</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::SynthesizeReaction</name>
    <message>
        <location filename="../ui/views/SynthesizeReaction.cpp" line="15"/>
        <source>synthetic nuclei</source>
        <translation>synthetische Zellkerne</translation>
    </message>
    <message>
        <location filename="../ui/views/SynthesizeReaction.cpp" line="16"/>
        <source>Generating synthetic nuclei</source>
        <translation>Synthetische Zellkerne werden erzeugt</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::TaskRunner</name>
    <message>
        <location filename="../ui/model/TaskRunner.cpp" line="38"/>
        <source>Out of memory: the volume is too large for this computer.</source>
        <translation>Kein Speicher mehr: Das Volumen ist zu groß für diesen Rechner.</translation>
    </message>
</context>
</TS>
