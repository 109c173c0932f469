<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>NucleusTable</name>
    <message>
        <location filename="../ui/model/NucleusTable.cpp" line="97"/>
        <source>%1 um^3, diameter %2 um, roundness %3</source>
        <translation>%1 um^3, Durchmesser %2 um, Rundheit %3</translation>
    </message>
    <message>
        <location filename="../ui/model/NucleusTable.cpp" line="102"/>
        <source>, class %1</source>
        <translation>, Klasse %1</translation>
    </message>
</context>
<context>
    <name>ParameterTexts</name>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="11"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="12"/>
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="13"/>
        <source>CPU threads for computation and LibTorch; 0 uses every core.</source>
        <translation>CPU-Threads für Berechnungen und LibTorch; 0 nutzt alle Prozessorkerne.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="14"/>
        <source>Compute device</source>
        <translation>Rechengerät</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="15"/>
        <source>Where networks run: auto picks CUDA when this build of LibTorch has it and a GPU is present.</source>
        <translation>Wo die Netze laufen: auto wählt CUDA, wenn dieser LibTorch-Build es unterstützt und eine GPU vorhanden ist.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="16"/>
        <source>1. Synthetic nuclei</source>
        <translation>1. Synthetische Zellkerne</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="17"/>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="18"/>
        <source>Size of the synthetic volume along x.</source>
        <translation>Größe des synthetischen Volumens entlang x.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="19"/>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="20"/>
        <source>Size of the synthetic volume along y.</source>
        <translation>Größe des synthetischen Volumens entlang y.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="21"/>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="22"/>
        <source>Size of the synthetic volume along z.</source>
        <translation>Größe des synthetischen Volumens entlang z.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="23"/>
        <source>Voxel size x</source>
        <translation>Voxelgröße x</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="24"/>
        <source>Voxel size along x (--like takes it from the image).</source>
        <translation>Voxelgröße entlang x (--like übernimmt sie aus dem Bild).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="25"/>
        <source>Voxel size y</source>
        <translation>Voxelgröße y</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="26"/>
        <source>Voxel size along y (--like takes it from the image).</source>
        <translation>Voxelgröße entlang y (--like übernimmt sie aus dem Bild).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="27"/>
        <source>Voxel size z</source>
        <translation>Voxelgröße z</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="28"/>
        <source>Voxel size along z (--like takes it from the image).</source>
        <translation>Voxelgröße entlang z (--like übernimmt sie aus dem Bild).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="29"/>
        <source>Nuclei count</source>
        <translation>Anzahl der Kerne</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="30"/>
        <source>Number of nuclei to place; 0 places nuclei until the foreground fraction is reached.</source>
        <translation>Anzahl der zu platzierenden Kerne; bei 0 werden Kerne platziert, bis der Vordergrundanteil erreicht ist.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="31"/>
        <source>Foreground fraction</source>
        <translation>Vordergrundanteil</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="32"/>
        <source>Target fraction of voxels inside nuclei, used when the count is 0.</source>
        <translation>Angestrebter Anteil der Voxel innerhalb von Kernen; gilt, wenn die Anzahl 0 ist.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="33"/>
        <source>Smallest semi-axis</source>
        <translation>Kleinste Halbachse</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="34"/>
        <source>Smallest semi-axis of a nucleus (ours: match the real data&apos;s nucleus size).</source>
        <translation>Kleinste Halbachse eines Kerns (eigene Wahl: an die Kerngröße der echten Daten anpassen).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="35"/>
        <source>Largest semi-axis</source>
        <translation>Größte Halbachse</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="36"/>
        <source>Largest semi-axis of a nucleus.</source>
        <translation>Größte Halbachse eines Kerns.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="37"/>
        <source>Semi-axis step</source>
        <translation>Halbachsen-Schrittweite</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="38"/>
        <source>Semi-axes are drawn from min, min+step, ..., max (integers by default, as in the publication).</source>
        <translation>Die Halbachsen werden aus min, min+step, ..., max gezogen (standardmäßig ganzzahlig, wie in der Publikation).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="39"/>
        <source>Largest overlap</source>
        <translation>Größte Überlappung</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="40"/>
        <source>Fraction of a nucleus that may overlap earlier ones; 0 lets nuclei touch but never overlap.</source>
        <translation>Anteil eines Kerns, der mit zuvor platzierten Kernen überlappen darf; bei 0 dürfen sich Kerne berühren, aber nie überlappen.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="41"/>
        <source>Attempts per nucleus</source>
        <translation>Versuche pro Kern</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="42"/>
        <source>Random positions tried for each nucleus before it is given up as not fitting.</source>
        <translation>Zufällige Positionen, die für jeden Kern versucht werden, bevor er als nicht passend verworfen wird.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="43"/>
        <source>Axial elongation</source>
        <translation>Axiale Streckung</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="44"/>
        <source>How many times taller along z than across nuclei look in the real data (ours: the axial PSF stretches them and annotators draw that outline); synthetic nuclei are stretched along z by it. --like estimates it from the image.</source>
        <translation>Um welchen Faktor Kerne in den echten Daten entlang z länger erscheinen als quer dazu (eigene Ergänzung: die axiale PSF streckt sie, und Annotatoren zeichnen diesen Umriss nach); synthetische Kerne werden um diesen Faktor entlang z gestreckt. --like schätzt ihn aus dem Bild.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="45"/>
        <source>Density against the image</source>
        <translation>Dichte im Vergleich zum Bild</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="46"/>
        <source>--like and run (ours): the synthetic nuclei per volume as a share of those the image holds; sparser than the image leaves the networks more background to learn from.</source>
        <translation>--like und run (eigene Ergänzung): die synthetischen Kerne pro Volumen als Anteil derer im Bild; dünner besetzt als das Bild lässt den Netzen mehr Hintergrund zum Lernen.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="47"/>
        <source>PSF blur sigma</source>
        <translation>PSF-Unschärfe (Sigma)</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="48"/>
        <source>Sigma of the 3D Gaussian that blurs I_binary before it is shown to the GAN.</source>
        <translation>Sigma des 3D-Gaußfilters, der I_binary glättet, bevor es dem GAN gezeigt wird.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="49"/>
        <source>Random seed</source>
        <translation>Zufallsstartwert</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="50"/>
        <source>Seed of the random generator: the same seed gives the same volume on any machine.</source>
        <translation>Startwert des Zufallsgenerators: derselbe Startwert ergibt auf jedem Rechner dasselbe Volumen.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="51"/>
        <source>1b. Synthetic microscope (no GAN)</source>
        <translation>1b. Synthetisches Mikroskop (ohne GAN)</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="52"/>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="53"/>
        <source>Background level as a fraction of full scale.</source>
        <translation>Hintergrundniveau als Anteil des Vollausschlags.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="54"/>
        <source>Mean nucleus signal</source>
        <translation>Mittleres Kernsignal</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="55"/>
        <source>Mean nucleus brightness as a fraction of full scale.</source>
        <translation>Mittlere Kernhelligkeit als Anteil des Vollausschlags.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="56"/>
        <source>Variation between nuclei</source>
        <translation>Variation zwischen Kernen</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="57"/>
        <source>Coefficient of variation of brightness from nucleus to nucleus.</source>
        <translation>Variationskoeffizient der Helligkeit von Kern zu Kern.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="58"/>
        <source>Texture within nuclei</source>
        <translation>Textur innerhalb der Kerne</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="59"/>
        <source>Coefficient of variation of smooth texture inside a nucleus (chromatin).</source>
        <translation>Variationskoeffizient der glatten Textur innerhalb eines Kerns (Chromatin).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="60"/>
        <source>Photons at full scale</source>
        <translation>Photonen bei Vollausschlag</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="61"/>
        <source>Expected photon count at full scale: lower means more Poisson noise.</source>
        <translation>Erwartete Photonenzahl bei Vollausschlag: weniger bedeutet mehr Poisson-Rauschen.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="62"/>
        <source>Read noise</source>
        <translation>Ausleserauschen</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="63"/>
        <source>Gaussian camera noise sigma as a fraction of full scale.</source>
        <translation>Sigma des gaußschen Kamerarauschens als Anteil des Vollausschlags.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="64"/>
        <source>Glow around nuclei</source>
        <translation>Leuchten um die Kerne</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="65"/>
        <source>Smooth light among and around the nuclei (cytoplasm, out-of-focus light; ours), as a fraction of the mean nucleus signal where nuclei are densest, so the networks learn that a diffuse glow is not a nucleus.</source>
        <translation>Glattes Licht zwischen und um die Kerne (Zytoplasma, Licht außerhalb der Fokusebene; eigene Ergänzung), als Anteil des mittleren Kernsignals dort, wo die Kerne am dichtesten liegen, damit die Netze lernen, dass diffuses Leuchten kein Kern ist.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="66"/>
        <source>Reach of the glow</source>
        <translation>Reichweite des Leuchtens</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="67"/>
        <source>Gaussian spread of the glow around the nuclei.</source>
        <translation>Gaußsche Ausbreitung des Leuchtens um die Kerne.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="68"/>
        <source>Attenuation along z</source>
        <translation>Abschwächung entlang z</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="69"/>
        <source>Exponential loss of signal with depth, per slice (0 = none).</source>
        <translation>Exponentieller Signalverlust mit der Tiefe, pro Schnitt (0 = keiner).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="70"/>
        <source>2. Recycle-GAN</source>
        <translation>2. Recycle-GAN</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="71"/>
        <source>Synthesis mode</source>
        <translation>Syntheseverfahren</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="72"/>
        <source>How I_syn is made: Recycle-GAN with the Hausdorff loss (publication), its ablations, or the non-GAN microscope.</source>
        <translation>Wie I_syn erzeugt wird: Recycle-GAN mit Hausdorff-Verlust (Publikation), seine Ablationen oder das Mikroskop ohne GAN.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="73"/>
        <source>Real crop size</source>
        <translation>Größe der echten Ausschnitte</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="74"/>
        <source>Edge of the random real crops of domain B and of the synthetic volumes of domain A.</source>
        <translation>Kantenlänge der zufälligen echten Ausschnitte der Domäne B und der synthetischen Volumen der Domäne A.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="75"/>
        <source>Training slice size</source>
        <translation>Größe der Trainingsschnitte</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="76"/>
        <source>Edge of the xy slices the networks train on (publication-sized: 128).</source>
        <translation>Kantenlänge der xy-Schnitte, auf denen die Netze trainieren (in der Publikation: 128).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="77"/>
        <source>Predictor slices S</source>
        <translation>Prädiktor-Schnitte S</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="78"/>
        <source>Consecutive slices the predictors P1 and P2 take to predict the next one.</source>
        <translation>Aufeinanderfolgende Schnitte, aus denen die Prädiktoren P1 und P2 den nächsten vorhersagen.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="79"/>
        <source>lambda1: recycle A</source>
        <translation>lambda1: Recycle A</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="80"/>
        <source>Weight of L_recycle(G1, G2, P2).</source>
        <translation>Gewicht von L_recycle(G1, G2, P2).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="81"/>
        <source>lambda2: recycle B</source>
        <translation>lambda2: Recycle B</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="82"/>
        <source>Weight of L_recycle(G2, G1, P1).</source>
        <translation>Gewicht von L_recycle(G2, G1, P1).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="83"/>
        <source>lambda3: recurrent P1</source>
        <translation>lambda3: rekurrent P1</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="84"/>
        <source>Weight of L_recurrent(P1).</source>
        <translation>Gewicht von L_recurrent(P1).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="85"/>
        <source>lambda4: recurrent P2</source>
        <translation>lambda4: rekurrent P2</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="86"/>
        <source>Weight of L_recurrent(P2).</source>
        <translation>Gewicht von L_recurrent(P2).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="87"/>
        <source>lambda5: contour</source>
        <translation>lambda5: Kontur</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="88"/>
        <source>Weight of the Hausdorff-distance contour loss L_contour(G2, P1).</source>
        <translation>Gewicht des Konturverlusts L_contour(G2, P1) auf Basis der Hausdorff-Distanz.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="89"/>
        <source>SpCycleGAN spatial weight</source>
        <translation>SpCycleGAN: räumliches Gewicht</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="90"/>
        <source>Weight of the segmentor&apos;s spatial-constraint term (spcyclegan mode only).</source>
        <translation>Gewicht des räumlichen Nebenbedingungsterms des Segmentierers (nur im Modus spcyclegan).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="91"/>
        <source>G1 geometry weight</source>
        <translation>G1: Gewicht der Geometrie</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="92"/>
        <source>Weight of a term that keeps G1&apos;s nuclei where the input&apos;s are: one minus the correlation of G1&apos;s output, averaged over 5x5 pixels, with its input (ours; 0 = off, as in the publication).</source>
        <translation>Gewicht eines Terms, der die Kerne von G1 dort hält, wo die der Eingabe liegen: eins minus die Korrelation der über 5x5 Pixel gemittelten Ausgabe von G1 mit ihrer Eingabe (eigene Ergänzung; 0 = aus, wie in der Publikation).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="93"/>
        <source>Cycle noise</source>
        <translation>Zyklusrauschen</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="94"/>
        <source>Standard deviation of Gaussian noise added to G1&apos;s and G2&apos;s pictures (on -1..1) before the cycle, recycle and contour terms map them back (ours; 0 = off, as in the publication): a generator then cannot pass shapes back through patterns too faint to see. At 0.1 it did not help on bbbc050 (docs/ACCURACY.md).</source>
        <translation>Standardabweichung eines gaußschen Rauschens, das auf die Bilder von G1 und G2 (auf -1..1) addiert wird, bevor die Zyklus-, Recycle- und Konturterme sie zurückabbilden (eigene Ergänzung; 0 = aus, wie in der Publikation): ein Generator kann dann keine Formen über zu schwache, unsichtbare Muster zurückgeben. Bei 0.1 half es auf bbbc050 nicht (docs/ACCURACY.md).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="95"/>
        <source>Contour only where nuclei are</source>
        <translation>Kontur nur, wo Kerne sind</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="96"/>
        <source>Leave L_contour out of steps whose binary slice holds no nucleus (ours; off = as in the publication). There is no contour to match there, and on such empty runs G1&apos;s gradient from the term is hundreds of times its usual size (docs/ACCURACY.md).</source>
        <translation>L_contour in Schritten weglassen, deren binäre Schicht keinen Kern enthält (eigene Ergänzung; aus = wie in der Publikation). Dort gibt es keine Kontur zu treffen, und auf solchen leeren Läufen ist der Gradient des Terms auf G1 hunderte Male so groß wie sonst (docs/ACCURACY.md).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="97"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="98"/>
        <source>Adam learning rate.</source>
        <translation>Adam-Lernrate.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="99"/>
        <source>Adam beta1</source>
        <translation>Adam beta1</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="100"/>
        <source>Adam first-moment decay (ours).</source>
        <translation>Abklingrate des ersten Moments bei Adam (eigene Wahl).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="101"/>
        <source>Adam beta2</source>
        <translation>Adam beta2</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="102"/>
        <source>Adam second-moment decay (ours).</source>
        <translation>Abklingrate des zweiten Moments bei Adam (eigene Wahl).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="103"/>
        <source>Training steps</source>
        <translation>Trainingsschritte</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="104"/>
        <source>GAN training iterations.</source>
        <translation>GAN-Trainingsiterationen.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="105"/>
        <source>Generator width</source>
        <translation>Generatorbreite</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="106"/>
        <source>Channels of the first layer of the generators and predictors (publication-sized: 64).</source>
        <translation>Kanäle der ersten Schicht der Generatoren und Prädiktoren (in der Publikation: 64).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="107"/>
        <source>Generator residual blocks</source>
        <translation>Residualblöcke des Generators</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="108"/>
        <source>Residual blocks at the bottleneck of the generators and predictors (publication-sized: 9).</source>
        <translation>Residualblöcke im Engpass der Generatoren und Prädiktoren (in der Publikation: 9).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="109"/>
        <source>Generator downsamplings</source>
        <translation>Verkleinerungsstufen des Generators</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="110"/>
        <source>Stride-2 steps of the generators and predictors; slices must be multiples of 2^this.</source>
        <translation>Stufen mit Stride 2 in den Generatoren und Prädiktoren; die Schnittgröße muss ein Vielfaches von 2^(diesem Wert) sein.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="111"/>
        <source>Discriminator width</source>
        <translation>Diskriminatorbreite</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="112"/>
        <source>Channels of the patch discriminators&apos; first layer (publication-sized: 64).</source>
        <translation>Kanäle der ersten Schicht der Patch-Diskriminatoren (in der Publikation: 64).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="113"/>
        <source>Discriminator layers</source>
        <translation>Diskriminatorschichten</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="114"/>
        <source>Convolution layers of the patch discriminators before the output layer.</source>
        <translation>Faltungsschichten der Patch-Diskriminatoren vor der Ausgabeschicht.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="115"/>
        <source>Domain A volumes</source>
        <translation>Volumen der Domäne A</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="116"/>
        <source>Blurred synthetic binary volumes made for domain A (shaped like the real volume).</source>
        <translation>Geglättete synthetische Binärvolumen, die für Domäne A erzeugt werden (nach dem Vorbild des echten Volumens).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="117"/>
        <source>Domain A density against the image</source>
        <translation>Dichte der Domäne A im Vergleich zum Bild</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="118"/>
        <source>run and train-gan (ours): domain A&apos;s synthetic nuclei per volume as a share of those the image holds. An unpaired GAN learns to turn domain A&apos;s pictures into ones like the image&apos;s, so a sparser domain A teaches G1 to add nuclei the labels do not have (docs/ACCURACY.md).</source>
        <translation>run und train-gan (unsere Wahl): synthetische Kerne der Domäne A pro Volumen als Anteil der Kerne im Bild. Ein ungepaartes GAN lernt, die Bilder der Domäne A in bildähnliche zu verwandeln; eine dünner besetzte Domäne A bringt G1 daher bei, Kerne hinzuzufügen, die keine Markierung haben (docs/ACCURACY.md).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="119"/>
        <source>Domain A foreground fraction</source>
        <translation>Vordergrundanteil der Domäne A</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="120"/>
        <source>Share of domain A&apos;s voxels inside nuclei; 0 = synth.foreground_fraction. run and train-gan set it from the image (gan.like_density) unless synth.count or synth.foreground_fraction is given.</source>
        <translation>Anteil der Voxel der Domäne A innerhalb von Kernen; 0 = synth.foreground_fraction. run und train-gan setzen ihn aus dem Bild (gan.like_density), außer wenn synth.count oder synth.foreground_fraction angegeben ist.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="121"/>
        <source>Samples every</source>
        <translation>Beispiele alle</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="122"/>
        <source>How often sample slices are written.</source>
        <translation>Wie oft Beispielschnitte geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="123"/>
        <source>Checkpoint every</source>
        <translation>Checkpoint alle</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="124"/>
        <source>How often all networks are saved.</source>
        <translation>Wie oft alle Netze gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="125"/>
        <source>Seed for initialisation and crops.</source>
        <translation>Startwert für Initialisierung und Ausschnitte.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="126"/>
        <source>3a. Training pairs</source>
        <translation>3a. Trainingspaare</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="127"/>
        <source>Synthetic volumes</source>
        <translation>Synthetische Volumen</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="128"/>
        <source>Synthetic volumes made for training pairs.</source>
        <translation>Synthetische Volumen, die für Trainingspaare erzeugt werden.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="129"/>
        <source>Synthetic volume edge</source>
        <translation>Kantenlänge der synthetischen Volumen</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="130"/>
        <source>Edge of each synthetic volume.</source>
        <translation>Kantenlänge jedes synthetischen Volumens.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="131"/>
        <source>Pair size</source>
        <translation>Paargröße</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="132"/>
        <source>Edge of each training pair; each volume is cut into (volume/crop)^3 pairs.</source>
        <translation>Kantenlänge jedes Trainingspaars; jedes Volumen wird in (volume/crop)^3 Paare zerlegt.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="133"/>
        <source>Microscope share</source>
        <translation>Mikroskop-Anteil</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="134"/>
        <source>With a GAN input (gan.mode other than nogan; ours): the share of the synthetic volumes whose input is the non-GAN synthetic microscope&apos;s instead of G1&apos;s, so the networks learn from both looks. 0 = G1 only, as in the publication.</source>
        <translation>Mit GAN-Eingabe (gan.mode nicht nogan; unsere Wahl): der Anteil der synthetischen Volumen, deren Eingabe das synthetische Mikroskop ohne GAN statt G1 liefert, damit die Netze beide Erscheinungsbilder lernen. 0 = nur G1, wie in der Publikation.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="135"/>
        <source>3b. 3D U-Nets</source>
        <translation>3b. 3D-U-Netze</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="136"/>
        <source>Levels</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="137"/>
        <source>Resolution levels of the U-Net (publication-sized: 4).</source>
        <translation>Auflösungsebenen des U-Nets (in der Publikation: 4).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="138"/>
        <source>Base width</source>
        <translation>Grundbreite</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="139"/>
        <source>Channels at the first level, doubled at each level down (publication-sized: 32 or more).</source>
        <translation>Kanäle auf der ersten Ebene, auf jeder tieferen Ebene verdoppelt (in der Publikation: 32 oder mehr).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="140"/>
        <source>Training iterations per network.</source>
        <translation>Trainingsiterationen pro Netz.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="141"/>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="142"/>
        <source>Training pairs per step.</source>
        <translation>Trainingspaare pro Schritt.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="143"/>
        <source>Validation fraction</source>
        <translation>Validierungsanteil</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="144"/>
        <source>Share of the pairs kept for validation.</source>
        <translation>Anteil der Paare, der zur Validierung zurückbehalten wird.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="145"/>
        <source>BCE weight</source>
        <translation>BCE-Gewicht</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="146"/>
        <source>Weight of binary cross-entropy (M1).</source>
        <translation>Gewicht der binären Kreuzentropie (M1).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="147"/>
        <source>Dice weight</source>
        <translation>Dice-Gewicht</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="148"/>
        <source>Weight of the Dice loss (M1).</source>
        <translation>Gewicht des Dice-Verlusts (M1).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="149"/>
        <source>Contour weight</source>
        <translation>Konturgewicht</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="150"/>
        <source>Weight of MSE(I_contour, E(prediction)), the differentiable edge-map term (M1 and M2).</source>
        <translation>Gewicht von MSE(I_contour, E(prediction)), dem differenzierbaren Kantenkarten-Term (M1 und M2).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="151"/>
        <source>Edge smoothing</source>
        <translation>Kantenglättung</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="152"/>
        <source>Smoothing before the gradient magnitude of the differentiable edge map.</source>
        <translation>Glättung vor dem Gradientenbetrag der differenzierbaren Kantenkarte.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="153"/>
        <source>How often a checkpoint is written.</source>
        <translation>Wie oft ein Checkpoint geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="154"/>
        <source>Lowest contrast gain</source>
        <translation>Kleinste Kontrastverstärkung</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="155"/>
        <source>Intensity augmentation (ours): each training input is multiplied by a gain drawn between this and the highest gain, so that real nuclei dimmer than the synthetic ones are still nuclei.</source>
        <translation>Intensitätsaugmentierung (eigene Ergänzung): Jede Trainingseingabe wird mit einer Verstärkung multipliziert, die zwischen diesem Wert und der größten Verstärkung gezogen wird, damit echte Kerne, die dunkler als die synthetischen sind, trotzdem als Kerne gelten.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="156"/>
        <source>Highest contrast gain</source>
        <translation>Größte Kontrastverstärkung</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="157"/>
        <source>Upper end of the augmentation&apos;s gain.</source>
        <translation>Obere Grenze der Verstärkung bei der Augmentierung.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="158"/>
        <source>Seed for initialisation, splits and augmentation.</source>
        <translation>Startwert für Initialisierung, Aufteilungen und Augmentierung.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="159"/>
        <source>M1 attempts</source>
        <translation>M1-Versuche</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="160"/>
        <source>run only (ours): when M1&apos;s foreground overlaps a plain Otsu threshold of the image by less than the retry limit, M1 is trained again with the next seed, up to this many times in all (for each ensemble member); the best overlapping M1 is used.</source>
        <translation>Nur run (eigene Ergänzung): Überlappt der Vordergrund von M1 eine einfache Otsu-Schwelle des Bildes weniger als die Wiederholungsgrenze, wird M1 mit dem nächsten Startwert neu trainiert, insgesamt höchstens so oft (für jedes Ensemble-Mitglied); das am besten überlappende M1 wird verwendet.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="161"/>
        <source>Retry below overlap</source>
        <translation>Wiederholen unter Überlappung</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="162"/>
        <source>run only (ours): the foreground overlap (IoU with Otsu) below which M1 is trained again.</source>
        <translation>Nur run (eigene Ergänzung): die Vordergrund-Überlappung (IoU mit Otsu), unter der M1 neu trainiert wird.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="163"/>
        <source>M1 ensemble</source>
        <translation>M1-Ensemble</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="164"/>
        <source>run only (ours): this many M1s, trained with different seeds on the same pairs, whose probability maps are averaged; two are better than one on bbbc050 (docs/ACCURACY.md) and take twice M1&apos;s training time.</source>
        <translation>Nur run (eigene Ergänzung): so viele M1, mit verschiedenen Startwerten auf denselben Paaren trainiert, deren Wahrscheinlichkeitskarten gemittelt werden; zwei sind auf bbbc050 besser als eines (docs/ACCURACY.md) und brauchen die doppelte Trainingszeit von M1.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="165"/>
        <source>4. Inference</source>
        <translation>4. Inferenz</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="166"/>
        <source>Tile size</source>
        <translation>Kachelgröße</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="167"/>
        <source>Edge of the cubic tiles the networks see.</source>
        <translation>Kantenlänge der würfelförmigen Kacheln, die die Netze sehen.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="168"/>
        <source>Tile overlap</source>
        <translation>Kachelüberlappung</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="169"/>
        <source>Overlap between neighbouring tiles, blended smoothly.</source>
        <translation>Überlappung benachbarter Kacheln, weich überblendet.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="170"/>
        <source>Orientations averaged</source>
        <translation>Gemittelte Orientierungen</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="171"/>
        <source>Test-time augmentation (ours): each tile is predicted in this many of its eight xy flips and transposes and the results are averaged; steadier output for this many times the inference time.</source>
        <translation>Testzeit-Augmentierung (eigene Ergänzung): Jede Kachel wird in so vielen ihrer acht xy-Spiegelungen und -Transpositionen vorhergesagt, und die Ergebnisse werden gemittelt; stabilere Ausgabe für entsprechend vielfache Inferenzzeit.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="172"/>
        <source>Low percentile</source>
        <translation>Unteres Perzentil</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="173"/>
        <source>Intensity mapped to 0 (ours: as in training; a model file stores it and segment uses that unless this is given).</source>
        <translation>Auf 0 abgebildete Intensität (eigene Wahl: wie im Training; eine Modelldatei speichert sie, und segment verwendet diesen Wert, sofern dieser hier nicht angegeben ist).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="174"/>
        <source>High percentile</source>
        <translation>Oberes Perzentil</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="175"/>
        <source>Intensity mapped to 1 (a model file stores it, as the low one).</source>
        <translation>Auf 1 abgebildete Intensität (eine Modelldatei speichert sie, wie die untere).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="176"/>
        <source>5. Post-processing</source>
        <translation>5. Nachbearbeitung</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="177"/>
        <source>Probability threshold</source>
        <translation>Wahrscheinlichkeitsschwelle</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="178"/>
        <source>I_seg above this is nucleus (when the threshold is fixed).</source>
        <translation>I_seg über diesem Wert ist Zellkern (bei festem Schwellwert).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="179"/>
        <source>Threshold from</source>
        <translation>Schwellwert aus</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="180"/>
        <source>image (ours): the threshold is set so that I_seg covers as many voxels as a classical foreground of the image (smoothed by one voxel, above the background plus 0.8 of the way to Otsu&apos;s threshold), within 0.1-0.5, which corrects nets that draw nuclei too fat or too thin (docs/ACCURACY.md); used when the image is at hand (run, segment, postprocess with --image), else the fixed threshold. fixed: postprocess.threshold.</source>
        <translation>image (unsere Wahl): Der Schwellwert wird so gesetzt, dass I_seg so viele Voxel bedeckt wie ein klassischer Vordergrund des Bildes (um ein Voxel geglättet, über dem Hintergrund plus 0,8 des Wegs bis zu Otsus Schwellwert), innerhalb 0,1-0,5; das korrigiert Netze, die Kerne zu dick oder zu dünn zeichnen (docs/ACCURACY.md). Gilt, wenn das Bild vorliegt (run, segment, postprocess mit --image), sonst der feste Schwellwert. fixed: postprocess.threshold.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="181"/>
        <source>Probability weighting</source>
        <translation>Gewichtung mit der Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="182"/>
        <source>The distance transform is multiplied by I_seg to this power before the markers and the watershed (ours): where I_seg dips between touching nuclei, the neck becomes a valley that splits them. 0: the distance alone, as in METHOD.md. The cpu preset uses 2, with the blur below: fewer merged nuclei on bbbc050, GoNuclear and stardist_synth (docs/ACCURACY.md, tenth round).</source>
        <translation>Die Distanztransformation wird vor den Markern und der Wasserscheide mit I_seg hoch diesem Wert multipliziert (unsere Wahl): wo I_seg zwischen sich berührenden Kernen absinkt, wird der Hals zu einem Tal, das sie trennt. 0: nur die Distanz, wie in METHOD.md. Die Vorgabe cpu nutzt 2, mit der Unschärfe unten: weniger verschmolzene Kerne auf bbbc050, GoNuclear und stardist_synth (docs/ACCURACY.md, zehnte Runde).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="183"/>
        <source>Weighting blur</source>
        <translation>Unschärfe der Gewichtung</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="184"/>
        <source>Gaussian blur of I_seg before it weights the distance (ours): dips narrower than this inside a nucleus fade, the sheet where two nuclei meet stays. run sets it to a quarter of the estimated nucleus radius.</source>
        <translation>Gaußsche Unschärfe von I_seg, bevor es die Distanz gewichtet (unsere Wahl): Senken, die schmaler sind als dieser Wert, verblassen innerhalb eines Kerns, die Fläche, an der sich zwei Kerne treffen, bleibt. run setzt sie auf ein Viertel des geschätzten Kernradius.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="185"/>
        <source>Weighting reference</source>
        <translation>Gewichtungsreferenz</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="186"/>
        <source>With a radius above 0, the blurred I_seg is divided by its largest value within this distance (a box) before it weights the distance transform (ours): a faint nucleus then weighs as much as a bright neighbour and is not absorbed by it, but a step in brightness inside one nucleus can cut it. It helped GAN-trained nets on bbbc050 and hurt the cpu preset&apos;s nets (docs/ACCURACY.md, eleventh round). 0: I_seg as it is.</source>
        <translation>Bei einem Radius über 0 wird das geglättete I_seg vor der Gewichtung der Distanztransformation durch seinen größten Wert innerhalb dieses Abstands (ein Quader) geteilt (unsere Wahl): ein schwacher Kern wiegt dann so viel wie ein heller Nachbar und wird nicht von ihm geschluckt, aber eine Helligkeitsstufe innerhalb eines Kerns kann ihn zerschneiden. Es half GAN-trainierten Netzen auf bbbc050 und schadete den Netzen der cpu-Voreinstellung (docs/ACCURACY.md, elfte Runde). 0: I_seg unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="226"/>
        <source>The settings docs/ACCURACY.md measured on a 2-core CPU: the non-GAN synthetic microscope, two width-8 M1s trained 300 steps at learning rate 1e-3 on 32^3 pairs cut from six 64^3 volumes, eight views per tile, M1&apos;s check and fallback threshold at 0.2, the distance map weighted by the blurred I_seg squared before the watershed. Minutes per bbbc050 volume, above the classical baseline on bbbc050, GoNuclear and stardist_synth.</source>
        <translation>Die in docs/ACCURACY.md auf einer 2-Kern-CPU gemessenen Einstellungen: das synthetische Mikroskop ohne GAN, zwei M1 der Breite 8, 300 Schritte mit Lernrate 1e-3 auf 32^3-Paaren aus sechs 64^3-Volumen trainiert, acht Ansichten pro Kachel, Prüfung von M1 und Ersatzschwelle bei 0,2, die Distanzkarte vor der Wasserscheide mit dem Quadrat des geglätteten I_seg gewichtet. Minuten pro bbbc050-Volumen, besser als die klassische Referenz auf bbbc050, GoNuclear und stardist_synth.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="187"/>
        <source>Grow threshold</source>
        <translation>Wachstumsschwelle</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="188"/>
        <source>Nuclei found above the probability threshold grow into voxels where I_seg is above this (ours; 0.2 suits U-Net output, see docs/ACCURACY.md); at or above the probability threshold, no growing.</source>
        <translation>Oberhalb der Wahrscheinlichkeitsschwelle gefundene Kerne wachsen in Voxel hinein, in denen I_seg über diesem Wert liegt (eigene Ergänzung; 0.2 passt zur U-Net-Ausgabe, siehe docs/ACCURACY.md); ab der Wahrscheinlichkeitsschwelle kein Wachstum.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="189"/>
        <source>How many times taller along z than across nuclei look (ours): the distance map shrinks z by it, so a stretched nucleus gives one marker. run sets it to synth.axial_elongation.</source>
        <translation>Um welchen Faktor Kerne entlang z länger erscheinen als quer dazu (eigene Ergänzung): Die Distanzkarte staucht z um diesen Faktor, sodass ein gestreckter Kern einen einzigen Marker ergibt. run setzt ihn auf synth.axial_elongation.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="190"/>
        <source>Marker height h</source>
        <translation>Markerhöhe h</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="191"/>
        <source>h of the h-maxima markers on the distance transform: larger merges more, smaller splits more.</source>
        <translation>h der h-Maxima-Marker auf der Distanztransformation: größer verschmilzt mehr, kleiner spaltet mehr auf.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="192"/>
        <source>Connectivity</source>
        <translation>Nachbarschaft</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="193"/>
        <source>Voxel neighbourhood for labelling and watershed.</source>
        <translation>Voxelnachbarschaft für das Labeln und die Wasserscheide.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="194"/>
        <source>Smallest nucleus</source>
        <translation>Kleinster Kern</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="195"/>
        <source>Objects smaller than this are removed.</source>
        <translation>Kleinere Objekte werden entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="196"/>
        <source>Contour width</source>
        <translation>Konturbreite</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="197"/>
        <source>Voxels within this distance of a nucleus&apos;s outside form its contour.</source>
        <translation>Voxel, die höchstens diesen Abstand vom Äußeren eines Kerns haben, bilden seine Kontur.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="198"/>
        <source>Shape map blur</source>
        <translation>Unschärfe der Formkarte</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="199"/>
        <source>Gaussian blur of I_shape within the nuclei (background voxels do not count) before each nucleus&apos;s mean is compared with the thresholds.</source>
        <translation>Gaußsche Glättung von I_shape innerhalb der Kerne (Hintergrundvoxel zählen nicht), bevor der Mittelwert jedes Kerns mit den Schwellen verglichen wird.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="200"/>
        <source>Class thresholds</source>
        <translation>Klassengrenzen</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="201"/>
        <source>Comma-separated thresholds on the mean shape value (0..1), ascending: one threshold gives two classes.</source>
        <translation>Kommagetrennte Schwellen für den mittleren Formwert (0..1), aufsteigend: Eine Schwelle ergibt zwei Klassen.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="202"/>
        <source>Class names</source>
        <translation>Klassennamen</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="203"/>
        <source>Comma-separated class names from lowest to highest shape value (one more than thresholds).</source>
        <translation>Kommagetrennte Klassennamen vom niedrigsten zum höchsten Formwert (einer mehr als Schwellen).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="204"/>
        <source>Classical baseline</source>
        <translation>Klassisches Vergleichsverfahren</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="205"/>
        <source>Smoothing sigma</source>
        <translation>Glättungs-Sigma</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="206"/>
        <source>Gaussian smoothing before thresholding, the same physical size along every axis (about a tenth of the nucleus diameter).</source>
        <translation>Gaußsche Glättung vor der Schwellenwertbildung, mit derselben physikalischen Größe entlang jeder Achse (etwa ein Zehntel des Kerndurchmessers).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="207"/>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="208"/>
        <source>How the foreground threshold is found.</source>
        <translation>Wie die Vordergrundschwelle bestimmt wird.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="209"/>
        <source>Manual threshold</source>
        <translation>Manuelle Schwelle</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="210"/>
        <source>Threshold when manual, on the normalised image (1st percentile = 0, 99.8th = 1).</source>
        <translation>Schwelle bei manual, auf dem normierten Bild (1. Perzentil = 0, 99,8. = 1).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="211"/>
        <source>Threshold factor</source>
        <translation>Schwellenfaktor</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="212"/>
        <source>Otsu&apos;s threshold (on the normalised image) is multiplied by this: below 1 takes in fainter nucleus rims.</source>
        <translation>Die Otsu-Schwelle (auf dem normierten Bild) wird mit diesem Wert multipliziert: Unter 1 werden schwächere Kernränder einbezogen.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="213"/>
        <source>Sizes</source>
        <translation>Größen</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="214"/>
        <source>auto: smoothing sigma and h follow the nucleus radius (classic.nucleus_radius, or estimated from the image); manual: classic.smoothing_sigma and classic.h as set.</source>
        <translation>auto: Glättungs-Sigma und h folgen dem Kernradius (classic.nucleus_radius oder aus dem Bild geschätzt); manual: classic.smoothing_sigma und classic.h wie eingestellt.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="215"/>
        <source>Nucleus radius</source>
        <translation>Kernradius</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="216"/>
        <source>Typical nucleus radius for sizes auto; 0 estimates it from the image (Otsu foreground, distance map, watershed).</source>
        <translation>Typischer Kernradius für Größen auto; 0 schätzt ihn aus dem Bild (Otsu-Vordergrund, Distanzkarte, Wasserscheide).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="217"/>
        <source>Sigma per radius</source>
        <translation>Sigma pro Radius</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="218"/>
        <source>Sizes auto: smoothing sigma = this x nucleus radius.</source>
        <translation>Größen auto: Glättungs-Sigma = dieser Wert x Kernradius.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="219"/>
        <source>h per radius</source>
        <translation>h pro Radius</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="220"/>
        <source>Sizes auto: marker height h = this x nucleus radius.</source>
        <translation>Größen auto: Markerhöhe h = dieser Wert x Kernradius.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="221"/>
        <source>Voxel neighbourhood for the markers and the watershed (6, as scikit-image&apos;s watershed: as accurate here and faster).</source>
        <translation>Voxelnachbarschaft für die Marker und die Wasserscheide (6, wie bei der Wasserscheide von scikit-image: hier ebenso genau und schneller).</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="222"/>
        <source>6. Evaluation</source>
        <translation>6. Auswertung</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="223"/>
        <source>Smallest object</source>
        <translation>Kleinstes Objekt</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="224"/>
        <source>Objects smaller than this are removed from prediction and ground truth first.</source>
        <translation>Kleinere Objekte werden zuerst aus Vorhersage und Referenz entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="225"/>
        <source>Fast CPU recipe (measured)</source>
        <translation>Schnelles CPU-Rezept (gemessen)</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="227"/>
        <source>Publication-sized networks (GPU)</source>
        <translation>Netze in Publikationsgröße (GPU)</translation>
    </message>
    <message>
        <location filename="../ui/model/ParameterTexts.cpp" line="228"/>
        <source>The network sizes of the publication: U-Net with 4 levels and 32 channels at the first, GAN generators and discriminators 64 channels wide with 9 residual blocks on 128^2 slices. Many times slower than the defaults on a CPU (docs/BENCHMARKS.md); meant for a GPU.</source>
        <translation>Die Netzgrößen der Publikation: U-Net mit 4 Ebenen und 32 Kanälen auf der ersten, GAN-Generatoren und -Diskriminatoren 64 Kanäle breit mit 9 Residualblöcken auf 128^2-Schnitten. Auf einer CPU um ein Vielfaches langsamer als die Voreinstellungen (docs/BENCHMARKS.md); für eine GPU gedacht.</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::ClassicReaction</name>
    <message>
        <location filename="../ui/views/ClassicReaction.cpp" line="11"/>
        <source>Classical segmentation</source>
        <translation>Klassische Segmentierung</translation>
    </message>
    <message>
        <location filename="../ui/views/ClassicReaction.cpp" line="17"/>
        <source>Open a microscopy image first (File &gt; Open volume).</source>
        <translation>Öffnen Sie zuerst ein Mikroskopiebild (Datei &gt; Volumen öffnen).</translation>
    </message>
    <message>
        <location filename="../ui/views/ClassicReaction.cpp" line="21"/>
        <source>classic</source>
        <translation>klassisch</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::EvaluateReaction</name>
    <message>
        <location filename="../ui/views/EvaluateReaction.cpp" line="11"/>
        <source>Evaluation (stage 6)</source>
        <translation>Auswertung (Stufe 6)</translation>
    </message>
    <message>
        <location filename="../ui/views/EvaluateReaction.cpp" line="15"/>
        <source>Load the ground truth first (Evaluation &gt; Load ground truth).</source>
        <translation>Laden Sie zuerst die Referenzannotation (Auswertung &gt; Referenz laden).</translation>
    </message>
    <message>
        <location filename="../ui/views/EvaluateReaction.cpp" line="19"/>
        <source>There are no nucleus labels to evaluate: run a segmentation or open labels first.</source>
        <translation>Es gibt keine Kernlabels zum Auswerten: führen Sie zuerst eine Segmentierung aus oder öffnen Sie Labels.</translation>
    </message>
    <message>
        <location filename="../ui/views/EvaluateReaction.cpp" line="32"/>
        <source>evaluation of %1</source>
        <translation>Auswertung von %1</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::EvaluationDetails</name>
    <message>
        <location filename="../ui/model/EvaluationDetails.cpp" line="17"/>
        <source>true positive</source>
        <translation>richtig positiv</translation>
    </message>
    <message>
        <location filename="../ui/model/EvaluationDetails.cpp" line="19"/>
        <source>false positive</source>
        <translation>falsch positiv</translation>
    </message>
    <message>
        <location filename="../ui/model/EvaluationDetails.cpp" line="21"/>
        <source>false negative</source>
        <translation>falsch negativ</translation>
    </message>
    <message>
        <location filename="../ui/model/EvaluationDetails.cpp" line="23"/>
        <source>merge</source>
        <translation>Verschmelzung</translation>
    </message>
    <message>
        <location filename="../ui/model/EvaluationDetails.cpp" line="25"/>
        <source>split</source>
        <translation>Aufspaltung</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::EvaluationPanel</name>
    <message>
        <location filename="../ui/views/EvaluationPanel.cpp" line="44"/>
        <source>Load the ground truth and evaluate (Evaluation menu).</source>
        <translation>Referenz laden und auswerten (Menü Auswertung).</translation>
    </message>
    <message>
        <location filename="../ui/views/EvaluationPanel.cpp" line="58"/>
        <source>Click a nucleus to move the views to it</source>
        <translation>Klicken Sie auf einen Kern, um die Ansichten zu ihm zu bewegen</translation>
    </message>
    <message>
        <location filename="../ui/views/EvaluationPanel.cpp" line="82"/>
        <source>&lt;b&gt;%1&lt;/b&gt; against the ground truth: %2 predicted and %3 annotated nuclei (of at least %4 voxels), %5 merges, %6 splits.&lt;br&gt;%7 &amp;nbsp; %8 &amp;nbsp; %9 &amp;nbsp; %10 &amp;nbsp; %11</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; gegen die Referenz: %2 vorhergesagte und %3 annotierte Kerne (mit mindestens %4 Voxeln), %5 Verschmelzungen, %6 Aufspaltungen.&lt;br&gt;%7 &amp;nbsp; %8 &amp;nbsp; %9 &amp;nbsp; %10 &amp;nbsp; %11</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::EvaluationScoreModel</name>
    <message>
        <location filename="../ui/model/EvaluationScoreModel.cpp" line="64"/>
        <source>Publication (50 %)</source>
        <translation>Publikation (50 %)</translation>
    </message>
    <message>
        <location filename="../ui/model/EvaluationScoreModel.cpp" line="66"/>
        <source>IoU &gt;= %1</source>
        <translation>IoU &gt;= %1</translation>
    </message>
    <message>
        <location filename="../ui/model/EvaluationScoreModel.cpp" line="71"/>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location filename="../ui/model/EvaluationScoreModel.cpp" line="73"/>
        <source>Recall</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <location filename="../ui/model/EvaluationScoreModel.cpp" line="75"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../ui/model/EvaluationScoreModel.cpp" line="77"/>
        <source>TP</source>
        <translation>RP</translation>
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
        <location filename="../ui/model/JobState.cpp" line="28"/>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/model/JobState.cpp" line="30"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/model/JobState.cpp" line="32"/>
        <source>Cancelling</source>
        <translation>Wird abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/model/JobState.cpp" line="34"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/model/JobState.cpp" line="36"/>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../ui/model/JobState.cpp" line="38"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
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
        <translation>3D-Oberflächen</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::Layer</name>
    <message>
        <location filename="../ui/model/Layer.cpp" line="143"/>
        <source>%1 holds floating-point voxels, not nucleus ids</source>
        <translation>%1 enthält Gleitkomma-Voxel, keine Kern-IDs</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::LayerModel</name>
    <message>
        <location filename="../ui/model/LayerModel.cpp" line="27"/>
        <source>%1 (not saved yet)</source>
        <translation>%1 (noch nicht gespeichert)</translation>
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
        <translation>%1 hat kein Volumen</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerModel.cpp" line="90"/>
        <location filename="../ui/model/LayerModel.cpp" line="106"/>
        <source>%1 has %2 voxels but the open volumes have %3</source>
        <translation>%1 hat %2 Voxel, die geöffneten Volumen haben aber %3</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::LayerPanel</name>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="36"/>
        <source>Layers, the top one drawn last; untick to hide, F2 to rename</source>
        <translation>Ebenen, die oberste wird zuletzt gezeichnet; Haken entfernen zum Ausblenden, F2 zum Umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="38"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="39"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="40"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="41"/>
        <source>Draw this layer above the one over it</source>
        <translation>Diese Ebene über der darüberliegenden zeichnen</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="42"/>
        <source>Draw this layer below the one under it</source>
        <translation>Diese Ebene unter der darunterliegenden zeichnen</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="59"/>
        <source>Values at or below this are drawn dark</source>
        <translation>Werte bis zu diesem werden dunkel gezeichnet</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="60"/>
        <source>Values at or above this are drawn at full colour</source>
        <translation>Werte ab diesem werden in voller Farbe gezeichnet</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="64"/>
        <source>Selected layer</source>
        <translation>Ausgewählte Ebene</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="66"/>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="67"/>
        <source>Colour map</source>
        <translation>Farbtabelle</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="68"/>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="69"/>
        <source>Labels as</source>
        <translation>Labels als</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="71"/>
        <source>Voxel size (um)</source>
        <translation>Voxelgröße (µm)</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="82"/>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="190"/>
        <source>Open a volume to see or set its voxel size.</source>
        <translation>Öffnen Sie ein Volumen, um seine Voxelgröße zu sehen oder festzulegen.</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="192"/>
        <source>From the file.</source>
        <translation>Aus der Datei.</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="194"/>
        <source>Set by hand (the file has none).</source>
        <translation>Von Hand gesetzt (die Datei hat keine).</translation>
    </message>
    <message>
        <location filename="../ui/views/LayerPanel.cpp" line="196"/>
        <source>The file has no voxel size: set it here, or sizes count in voxels.</source>
        <translation>Die Datei hat keine Voxelgröße: setzen Sie sie hier, sonst zählen Größen in Voxeln.</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::LayerRoleNames</name>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="25"/>
        <source>Image (I_orig)</source>
        <translation>Bild (I_orig)</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="27"/>
        <source>Synthetic image (I_syn)</source>
        <translation>Synthetisches Bild (I_syn)</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="29"/>
        <source>Blurred I_binary</source>
        <translation>Geglättetes I_binary</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="31"/>
        <source>Probability (I_seg)</source>
        <translation>Wahrscheinlichkeit (I_seg)</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="33"/>
        <source>Shape map (I_shape)</source>
        <translation>Formkarte (I_shape)</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="35"/>
        <source>Nucleus labels</source>
        <translation>Kernlabels</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="37"/>
        <source>Contours</source>
        <translation>Konturen</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="39"/>
        <source>Coloured labels (I_segcolor)</source>
        <translation>Eingefärbte Labels (I_segcolor)</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="41"/>
        <source>Shape classes (I_label)</source>
        <translation>Formklassen (I_label)</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="43"/>
        <source>Ground truth</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="45"/>
        <source>Evaluation result</source>
        <translation>Auswertungsergebnis</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="47"/>
        <source>Shape classes</source>
        <translation>Formklassen</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="80"/>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="82"/>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="84"/>
        <source>Magenta</source>
        <translation>Magenta</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="86"/>
        <source>Cyan</source>
        <translation>Cyan</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="88"/>
        <source>Fire</source>
        <translation>Feuer</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="103"/>
        <source>Filled</source>
        <translation>Gefüllt</translation>
    </message>
    <message>
        <location filename="../ui/model/LayerRole.cpp" line="103"/>
        <source>Outlines</source>
        <translation>Umrisse</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::LossCsvReader</name>
    <message>
        <location filename="../ui/model/LossCsvReader.cpp" line="42"/>
        <source>%1: the first line is not a loss header starting with &quot;step&quot;</source>
        <translation>%1: die erste Zeile ist keine Verlust-Kopfzeile, die mit „step“ beginnt</translation>
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
        <translation>Ein langer Lauf auf der CPU</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="276"/>
        <source>With these settings the networks train for an hour or more on this computer&apos;s CPU. The preset &quot;%1&quot; was measured at minutes per volume. Apply it before the run?</source>
        <translation>Mit diesen Einstellungen trainieren die Netze eine Stunde oder länger auf der CPU dieses Rechners. Die Vorlage &quot;%1&quot; wurde mit Minuten pro Volumen gemessen. Vor dem Lauf anwenden?</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="379"/>
        <source>%1: done</source>
        <translation>%1: erledigt</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="380"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="382"/>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="97"/>
        <source>Open a TIFF volume (File &gt; Open or drop it here) or generate synthetic nuclei</source>
        <translation>Ein TIFF-Volumen öffnen (Datei &gt; Öffnen oder hierher ziehen) oder synthetische Zellkerne erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="128"/>
        <source>Whole pipeline: %1</source>
        <translation>Gesamte Pipeline: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="141"/>
        <source>Project saved to %1</source>
        <translation>Projekt gespeichert in %1</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="150"/>
        <source>Project opened: %1 layers, %2 earlier jobs</source>
        <translation>Projekt geöffnet: %1 Ebenen, %2 frühere Aufträge</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="163"/>
        <source>Layers</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="165"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="167"/>
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="171"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="173"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="201"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="202"/>
        <source>&amp;Open volume...</source>
        <translation>Volumen ö&amp;ffnen...</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="203"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="206"/>
        <source>Open &amp;project...</source>
        <translation>&amp;Projekt öffnen...</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="207"/>
        <source>&amp;Save project</source>
        <translation>Projekt &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="208"/>
        <source>Save project &amp;as...</source>
        <translation>Projekt speichern &amp;unter...</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="211"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="213"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="217"/>
        <source>&amp;Pipeline</source>
        <translation>&amp;Pipeline</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="218"/>
        <source>&amp;Generate synthetic nuclei</source>
        <translation>Synthetische Zellkerne &amp;erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="219"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="220"/>
        <source>Stage 1: random ellipsoid nuclei with the parameters of the editor</source>
        <translation>Stufe 1: zufällige ellipsoide Zellkerne mit den Parametern des Editors</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="221"/>
        <source>&amp;Classical segmentation</source>
        <translation>&amp;Klassische Segmentierung</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="222"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="223"/>
        <source>The baseline (smoothing, Otsu, distance transform, h-maxima, watershed) on the image</source>
        <translation>Die Vergleichsmethode (Glättung, Otsu, Distanztransformation, h-Maxima, Wasserscheide) auf dem Bild</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="224"/>
        <source>&amp;Post-process I_seg (stage 5)</source>
        <translation>I_seg &amp;nachbearbeiten (Stufe 5)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="225"/>
        <source>Labels, contours, I_segcolor and I_label from the probability map layer</source>
        <translation>Labels, Konturen, I_segcolor und I_label aus der Wahrscheinlichkeitsebene</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="226"/>
        <source>Pre&amp;view in the selected region</source>
        <translation>&amp;Vorschau im gewählten Bereich</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="227"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="228"/>
        <source>Post-processing (or the classical baseline) on the box drawn with Shift + left drag in a slice view, with the editor&apos;s parameters; editing a parameter runs it again</source>
        <translation>Nachbearbeitung (oder klassische Basislinie) im mit Umschalt + linker Maustaste gezeichneten Rahmen einer Schnittansicht, mit den Parametern des Editors; eine Parameteränderung startet sie erneut</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="231"/>
        <source>Run &amp;whole pipeline...</source>
        <translation>&amp;Gesamte Pipeline ausführen...</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="232"/>
        <source>Synthetic data shaped like the image, training of both U-Nets, inference, stage 5 and, with a ground truth, stage 6; results are written to a folder you choose</source>
        <translation>Synthetische Daten nach dem Vorbild des Bildes, Training beider U-Netze, Inferenz, Stufe 5 und mit Referenz Stufe 6; die Ergebnisse werden in einen Ordner Ihrer Wahl geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="235"/>
        <source>Run whole pipeline with a trained &amp;GAN...</source>
        <translation>Gesamte Pipeline mit einem trainierten GAN aus&amp;führen...</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="236"/>
        <source>The whole pipeline with the GAN of an earlier run (its gan folder) or of train-gan instead of training one on this image: for the other volumes of a time series</source>
        <translation>Die gesamte Pipeline mit dem GAN eines früheren Laufs (dessen Ordner gan) oder von train-gan, statt eines auf diesem Bild zu trainieren: für die übrigen Volumen einer Zeitreihe</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="239"/>
        <source>&amp;Evaluation</source>
        <translation>&amp;Auswertung</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="240"/>
        <source>Load &amp;ground truth...</source>
        <translation>&amp;Referenz laden...</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="241"/>
        <source>&amp;Evaluate against ground truth</source>
        <translation>Gegen Referenz &amp;auswerten</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="242"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="243"/>
        <source>Stage 6: precision, recall and F1 of the newest labels layer</source>
        <translation>Stufe 6: Präzision, Sensitivität und F1 der neuesten Label-Ebene</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="257"/>
        <source>Load ground truth</source>
        <translation>Referenz laden</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="268"/>
        <source>Run whole pipeline</source>
        <translation>Gesamte Pipeline ausführen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="292"/>
        <source>No voxel size</source>
        <translation>Keine Voxelgröße</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="293"/>
        <source>%1 stores no voxel size and none is set in the layer list. The run would measure nucleus sizes, blur and marker heights in voxels instead of micrometres, and take the voxels for cubes. Run anyway? (No: set the voxel size under Layers first.)</source>
        <translation>%1 speichert keine Voxelgröße, und in der Ebenenliste ist keine gesetzt. Der Lauf würde Kerngrößen, Unschärfe und Markerhöhen in Voxeln statt in Mikrometern messen und die Voxel für Würfel halten. Trotzdem starten? (Nein: die Voxelgröße zuerst unter „Ebenen“ setzen.)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="310"/>
        <location filename="../ui/views/MainWindow.cpp" line="322"/>
        <source>Folder for the pipeline&apos;s results</source>
        <translation>Ordner für die Ergebnisse der Pipeline</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="319"/>
        <source>Folder of a trained GAN (an earlier run&apos;s gan folder, or train-gan&apos;s output)</source>
        <translation>Ordner eines trainierten GAN (der Ordner gan eines früheren Laufs oder die Ausgabe von train-gan)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="328"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="329"/>
        <location filename="../ui/views/MainWindow.cpp" line="338"/>
        <source>Nuclei3D projects (*.n3dproj);;All files (*)</source>
        <translation>Nuclei3D-Projekte (*.n3dproj);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="337"/>
        <source>Save project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="439"/>
        <source>Jobs running</source>
        <translation>Aufträge laufen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="440"/>
        <source>Jobs are still running. Cancel them and quit?</source>
        <translation>Es laufen noch Aufträge. Abbrechen und beenden?</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="446"/>
        <source>Stopping the running jobs...</source>
        <translation>Laufende Aufträge werden angehalten...</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="245"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="246"/>
        <source>&amp;About Nuclei3D</source>
        <translation>&amp;Über Nuclei3D</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="250"/>
        <source>Open volume</source>
        <translation>Volumen öffnen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="251"/>
        <location filename="../ui/views/MainWindow.cpp" line="258"/>
        <source>TIFF volumes (*.tif *.tiff);;All files (*)</source>
        <translation>TIFF-Volumen (*.tif *.tiff);;Alle Dateien (*)</translation>
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
        <translation>Ergebnisse von %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="427"/>
        <source>About Nuclei3D</source>
        <translation>Über Nuclei3D</translation>
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="428"/>
        <source>&lt;h3&gt;Nuclei3D %1&lt;/h3&gt;&lt;p&gt;Finds, outlines and classifies every cell nucleus in 3D fluorescence microscopy volumes, trained on synthetic data only.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nuclei3D %1&lt;/h3&gt;&lt;p&gt;Findet, umreißt und klassifiziert jeden Zellkern in 3D-Fluoreszenzmikroskopie-Volumen, trainiert ausschließlich mit synthetischen Daten.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::NucleusVerdictModel</name>
    <message>
        <location filename="../ui/model/NucleusVerdictModel.cpp" line="36"/>
        <source>prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <location filename="../ui/model/NucleusVerdictModel.cpp" line="36"/>
        <source>ground truth</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../ui/model/NucleusVerdictModel.cpp" line="61"/>
        <source>From</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../ui/model/NucleusVerdictModel.cpp" line="63"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/model/NucleusVerdictModel.cpp" line="65"/>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <location filename="../ui/model/NucleusVerdictModel.cpp" line="67"/>
        <source>Voxels</source>
        <translation>Voxel</translation>
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
        <translation>Zugeordnete ID</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::OpenProjectReaction</name>
    <message>
        <location filename="../ui/views/OpenProjectReaction.cpp" line="17"/>
        <source>Opening project %1</source>
        <translation>Projekt %1 wird geöffnet</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::OpenVolumeReaction</name>
    <message>
        <location filename="../ui/views/OpenVolumeReaction.cpp" line="12"/>
        <source>%1 (ground truth)</source>
        <translation>%1 (Referenz)</translation>
    </message>
    <message>
        <location filename="../ui/views/OpenVolumeReaction.cpp" line="20"/>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::OrthoSliceView</name>
    <message>
        <location filename="../ui/views/OrthoSliceView.cpp" line="43"/>
        <source>Slice along %1; the mouse wheel over the picture steps too, Ctrl+wheel zooms, right drag pans, double click fits</source>
        <translation>Schnitt entlang %1; auch das Mausrad über dem Bild blättert, Strg+Rad zoomt, Ziehen mit rechter Taste verschiebt, Doppelklick passt ein</translation>
    </message>
    <message>
        <location filename="../ui/views/OrthoSliceView.cpp" line="46"/>
        <location filename="../ui/views/OrthoSliceView.cpp" line="129"/>
        <source>No volume</source>
        <translation>Kein Volumen</translation>
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
        <translation> (%1, %2, %3 µm)</translation>
    </message>
    <message>
        <location filename="../ui/views/OrthoSliceView.cpp" line="161"/>
        <source>  |  %1: nucleus %2</source>
        <translation>  |  %1: Kern %2</translation>
    </message>
    <message>
        <location filename="../ui/views/OrthoSliceView.cpp" line="163"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/OrthoSliceView.cpp" line="166"/>
        <source>  |  %1: %2</source>
        <translation>  |  %1: %2</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::ParameterEditor</name>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="39"/>
        <source>Load...</source>
        <translation>Laden...</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="40"/>
        <source>Read parameters from a JSON file</source>
        <translation>Parameter aus einer JSON-Datei lesen</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="41"/>
        <source>Save...</source>
        <translation>Speichern...</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="42"/>
        <source>Write these parameters to a JSON file</source>
        <translation>Diese Parameter in eine JSON-Datei schreiben</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="43"/>
        <source>Presets</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="45"/>
        <source>Set a named group of values; the other parameters keep theirs</source>
        <translation>Eine benannte Gruppe von Werten setzen; die übrigen Parameter behalten ihre Werte</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="47"/>
        <source>Reset to defaults</source>
        <translation>Auf Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="158"/>
        <source>Load parameters</source>
        <translation>Parameter laden</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="159"/>
        <source>Parameter files (*.json);;All files (*)</source>
        <translation>Parameterdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="166"/>
        <source>Save parameters</source>
        <translation>Parameter speichern</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterEditor.cpp" line="166"/>
        <source>Parameter files (*.json)</source>
        <translation>Parameterdateien (*.json)</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::ParameterField</name>
    <message>
        <location filename="../ui/views/ParameterField.cpp" line="44"/>
        <source>Allowed: %1</source>
        <translation>Erlaubt: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterField.cpp" line="45"/>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <location filename="../ui/views/ParameterField.cpp" line="69"/>
        <source>%1 is out of range for %2: allowed %3</source>
        <translation>%1 liegt außerhalb des Bereichs für %2: erlaubt %3</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::PostprocessReaction</name>
    <message>
        <location filename="../ui/views/PostprocessReaction.cpp" line="10"/>
        <source>Post-processing (stage 5)</source>
        <translation>Nachbearbeitung (Stufe 5)</translation>
    </message>
    <message>
        <location filename="../ui/views/PostprocessReaction.cpp" line="13"/>
        <source>Open or compute a probability map I_seg first.</source>
        <translation>Öffnen oder berechnen Sie zuerst eine Wahrscheinlichkeitskarte I_seg.</translation>
    </message>
    <message>
        <location filename="../ui/views/PostprocessReaction.cpp" line="20"/>
        <source>stage 5</source>
        <translation>Stufe 5</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::ProjectFileText</name>
    <message>
        <location filename="../ui/model/ProjectFile.cpp" line="70"/>
        <source>%1: cannot write the project (%2)</source>
        <translation>%1: das Projekt kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location filename="../ui/model/ProjectFile.cpp" line="79"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/model/ProjectFile.cpp" line="84"/>
        <source>cannot open the project (%1)</source>
        <translation>das Projekt kann nicht geöffnet werden (%1)</translation>
    </message>
    <message>
        <location filename="../ui/model/ProjectFile.cpp" line="88"/>
        <source>not a valid JSON file (%1 at byte %2)</source>
        <translation>keine gültige JSON-Datei (%1 bei Byte %2)</translation>
    </message>
    <message>
        <location filename="../ui/model/ProjectFile.cpp" line="92"/>
        <source>not a Nuclei3D project</source>
        <translation>kein Nuclei3D-Projekt</translation>
    </message>
    <message>
        <location filename="../ui/model/ProjectFile.cpp" line="94"/>
        <source>written by a newer Nuclei3D (format %1)</source>
        <translation>von einem neueren Nuclei3D geschrieben (Format %1)</translation>
    </message>
    <message>
        <location filename="../ui/model/ProjectFile.cpp" line="104"/>
        <source>layer &quot;%1&quot; has an unknown role &quot;%2&quot;</source>
        <translation>Ebene „%1“ hat eine unbekannte Rolle „%2“</translation>
    </message>
    <message>
        <location filename="../ui/model/ProjectFile.cpp" line="108"/>
        <source>layer &quot;%1&quot; names no file</source>
        <translation>Ebene „%1“ nennt keine Datei</translation>
    </message>
    <message>
        <location filename="../ui/model/ProjectFile.cpp" line="124"/>
        <source>the voxel size must be positive</source>
        <translation>die Voxelgröße muss positiv sein</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::RegionPreviewReaction</name>
    <message>
        <location filename="../ui/views/RegionPreviewReaction.cpp" line="12"/>
        <source>Preview in region</source>
        <translation>Vorschau im Bereich</translation>
    </message>
    <message>
        <location filename="../ui/views/RegionPreviewReaction.cpp" line="15"/>
        <source>Draw a box in a slice view first (Shift + left drag).</source>
        <translation>Zeichnen Sie zuerst einen Rahmen in einer Schnittansicht (Umschalt + linke Maustaste ziehen).</translation>
    </message>
    <message>
        <location filename="../ui/views/RegionPreviewReaction.cpp" line="22"/>
        <source>Open an image or a probability map I_seg first.</source>
        <translation>Öffnen Sie zuerst ein Bild oder eine Wahrscheinlichkeitskarte I_seg.</translation>
    </message>
    <message>
        <location filename="../ui/views/RegionPreviewReaction.cpp" line="32"/>
        <source>labels (preview)</source>
        <translation>Labels (Vorschau)</translation>
    </message>
    <message>
        <location filename="../ui/views/RegionPreviewReaction.cpp" line="34"/>
        <source>preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::RunPipelineReaction</name>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="60"/>
        <source>Whole pipeline</source>
        <translation>Gesamte Pipeline</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="63"/>
        <source>Open the microscopy image from a file first (File &gt; Open volume).</source>
        <translation>Öffnen Sie zuerst das Mikroskopiebild aus einer Datei (Datei &gt; Volumen öffnen).</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="85"/>
        <source>pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="87"/>
        <source>I_seg (%1)</source>
        <translation>I_seg (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="88"/>
        <source>I_shape (%1)</source>
        <translation>I_shape (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="89"/>
        <source>labels (%1)</source>
        <translation>Labels (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="90"/>
        <source>contours (%1)</source>
        <translation>Konturen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="91"/>
        <source>I_segcolor (%1)</source>
        <translation>I_segcolor (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="92"/>
        <source>I_label (%1)</source>
        <translation>I_label (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="93"/>
        <source>classes (%1)</source>
        <translation>Klassen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="95"/>
        <source>blurred I_binary (%1)</source>
        <translation>geglättetes I_binary (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="95"/>
        <source>I_syn (GAN, %1)</source>
        <translation>I_syn (GAN, %1)</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="96"/>
        <source>synthetic microscope image (%1)</source>
        <translation>Bild des synthetischen Mikroskops (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="100"/>
        <source>%1 nuclei.</source>
        <translation>%1 Kerne.</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="101"/>
        <source>%1 nuclei; I_syn against the image: histogram distance %2, spectrum distance %3 (blurred input: %4, %5; 0 = identical).</source>
        <translation>%1 Kerne; I_syn gegenüber dem Bild: Histogrammabstand %2, Spektrumabstand %3 (unscharfe Eingabe: %4, %5; 0 = gleich).</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="103"/>
        <source> Warning: the networks&apos; foreground overlaps a plain Otsu threshold of the image by only %1 (IoU); they most likely took background or glow for nuclei. Look at I_seg, or run again with another U-Net seed.</source>
        <translation> Warnung: Der Vordergrund der Netze überlappt eine einfache Otsu-Schwelle des Bildes nur zu %1 (IoU); sie haben wahrscheinlich Hintergrund oder Schimmer für Kerne gehalten. Sehen Sie sich I_seg an oder starten Sie erneut mit einem anderen U-Net-Startwert.</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="106"/>
        <source> M1 was trained %1 times (seeds %2; foreground overlaps %3); the one with seed %4 is used.</source>
        <translation> M1 wurde %1-mal trainiert (Startwerte %2; Vordergrund-Überlappungen %3); verwendet wird das mit Startwert %4.</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="108"/>
        <source> M1 was trained %1 times (seeds %2; foreground overlaps %3); I_seg is the mean of those with seeds %4.</source>
        <translation> M1 wurde %1-mal trainiert (Startwerte %2; Vordergrund-Überlappungen %3); I_seg ist der Mittelwert derer mit Startwerten %4.</translation>
    </message>
    <message>
        <location filename="../ui/views/RunPipelineReaction.cpp" line="110"/>
        <source> Threshold on I_seg %1, set from the image: I_seg above it covers %2 % of the voxels, as a classical foreground of the image.</source>
        <translation> Schwellwert auf I_seg %1, aus dem Bild gesetzt: I_seg darüber bedeckt %2 % der Voxel, wie ein klassischer Vordergrund des Bildes.</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::SamplePreview</name>
    <message>
        <location filename="../ui/views/SamplePreview.cpp" line="43"/>
        <source>Synthetic and real slices appear here while a pipeline trains.</source>
        <translation>Synthetische und echte Schnitte erscheinen hier, während eine Pipeline trainiert.</translation>
    </message>
    <message>
        <location filename="../ui/views/SamplePreview.cpp" line="78"/>
        <source>GAN sample %1: blurred I_binary | G1 of it (I_syn) | real slice</source>
        <translation>GAN-Beispiel %1: geglättetes I_binary | G1 davon (I_syn) | echter Schnitt</translation>
    </message>
    <message>
        <location filename="../ui/views/SamplePreview.cpp" line="89"/>
        <source>Training pair input %1 (middle slice) | real image (middle slice)</source>
        <translation>Eingabe des Trainingspaars %1 (mittlerer Schnitt) | echtes Bild (mittlerer Schnitt)</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::SaveProjectReaction</name>
    <message>
        <location filename="../ui/views/SaveProjectReaction.cpp" line="62"/>
        <source>Saving project %1</source>
        <translation>Projekt %1 wird gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/views/SaveProjectReaction.cpp" line="109"/>
        <source>Saving project</source>
        <translation>Projekt speichern</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::Stage5Layers</name>
    <message>
        <location filename="../ui/model/Stage5Layers.cpp" line="16"/>
        <source>background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <location filename="../ui/model/Stage5Layers.cpp" line="29"/>
        <source>labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../ui/model/Stage5Layers.cpp" line="42"/>
        <source>classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <location filename="../ui/model/Stage5Layers.cpp" line="49"/>
        <source>contours</source>
        <translation>Konturen</translation>
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
        <translation>synthetische Zellkerne</translation>
    </message>
    <message>
        <location filename="../ui/views/SynthesizeReaction.cpp" line="16"/>
        <source>Generating synthetic nuclei</source>
        <translation>Synthetische Zellkerne werden erzeugt</translation>
    </message>
    <message>
        <location filename="../ui/views/SynthesizeReaction.cpp" line="21"/>
        <source>blurred I_binary (synthetic)</source>
        <translation>geglättetes I_binary (synthetisch)</translation>
    </message>
    <message>
        <location filename="../ui/views/SynthesizeReaction.cpp" line="22"/>
        <source>I_instances (synthetic)</source>
        <translation>I_instances (synthetisch)</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::TaskRunner</name>
    <message>
        <location filename="../ui/model/TaskRunner.cpp" line="44"/>
        <source>Out of memory: the volume is too large for this computer.</source>
        <translation>Kein Speicher mehr: Das Volumen ist zu groß für diesen Rechner.</translation>
    </message>
    <message>
        <location filename="../ui/model/TaskRunner.cpp" line="49"/>
        <source>Failed with an error that has no message (%1).</source>
        <translation>Fehlgeschlagen mit einem Fehler ohne Meldung (%1).</translation>
    </message>
    <message>
        <location filename="../ui/model/TaskRunner.cpp" line="51"/>
        <source>Failed with an unknown error (not a standard exception).</source>
        <translation>Fehlgeschlagen mit einem unbekannten Fehler (keine Standard-Ausnahme).</translation>
    </message>
</context>
<context>
    <name>nuclei3d::ui::TrainingMonitor</name>
    <message>
        <location filename="../ui/views/TrainingMonitor.cpp" line="29"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingMonitor.cpp" line="32"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingMonitor.cpp" line="39"/>
        <source>Follow loss file...</source>
        <translation>Verlustdatei verfolgen...</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingMonitor.cpp" line="40"/>
        <source>Show the curves of a training run&apos;s loss.csv, updated while it trains</source>
        <translation>Die Kurven der loss.csv eines Trainings zeigen, laufend aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingMonitor.cpp" line="41"/>
        <location filename="../ui/views/TrainingMonitor.cpp" line="76"/>
        <source>No training followed.</source>
        <translation>Kein Training verfolgt.</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingMonitor.cpp" line="93"/>
        <source>Waiting for %1 ...</source>
        <translation>Warte auf %1 ...</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingMonitor.cpp" line="95"/>
        <source>%1: step %2</source>
        <translation>%1: Schritt %2</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingMonitor.cpp" line="129"/>
        <source>Follow a training loss file</source>
        <translation>Eine Trainings-Verlustdatei verfolgen</translation>
    </message>
    <message>
        <location filename="../ui/views/TrainingMonitor.cpp" line="130"/>
        <source>Loss logs (loss.csv *.csv);;All files (*)</source>
        <translation>Verlustprotokolle (loss.csv *.csv);;Alle Dateien (*)</translation>
    </message>
</context>
</TS>
