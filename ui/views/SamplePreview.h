#pragma once
// The training monitor's pictures: the newest synthetic slice the training sees next to a real
// one. With a GAN the newest samples/step_*.png is shown (it holds a blurred I_binary slice, G1 of
// it and a real slice side by side); otherwise the middle slice of the newest training pair's input
// crop next to the middle slice of the real image. Polled once a second while a run is followed.
//
// Threads: UI thread only. A pair crop is small (crop_size^3 voxels) and read once when it appears.
#include "volume/Volume.h"

#include <QImage>
#include <QString>
#include <QWidget>

#include <memory>

class QLabel;
class QTimer;

namespace nuclei3d::ui {

class SamplePreview : public QWidget {
    Q_OBJECT
  public:
    explicit SamplePreview(QWidget* parent = nullptr);

    /// Follows a run's GAN sample folder and pairs folder (either may not exist yet), with the real
    /// image for the comparison (may be null). Empty folders stop following.
    void follow(const QString& ganSamples, const QString& pairs, std::shared_ptr<const Volume<float>> real);
    /// Looks for newer samples now (the timer does it once a second).
    void poll();
    /// The file whose picture is shown now (empty when none).
    QString shownFile() const { return m_shownFile; }
    bool hasPicture() const;

    /// The middle xy slice of a volume as grey levels, contrast at its 1st and 99th percentiles.
    static QImage middleSlice(const Volume<float>& volume);

  private:
    void show(const QImage& synthetic, const QString& caption, const QImage& real);

    QString m_ganSamples;
    QString m_pairs;
    std::shared_ptr<const Volume<float>> m_real;
    QString m_shownFile;
    QLabel* m_synthetic;
    QLabel* m_realPicture;
    QLabel* m_caption;
    QTimer* m_timer;
};

} // namespace nuclei3d::ui
