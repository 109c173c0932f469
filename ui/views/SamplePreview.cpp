#include "views/SamplePreview.h"

#include "io/TiffVolumeIO.h"
#include "pipeline/Error.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QPixmap>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace nuclei3d::ui {

namespace {
constexpr int kPictureSize = 180;

/// The newest file in `folder` matching `pattern` by name (the trainers number their files).
QString newestFile(const QString& folder, const QString& pattern) {
    if (folder.isEmpty())
        return {};
    const QStringList names = QDir(folder).entryList({pattern}, QDir::Files, QDir::Name);
    return names.isEmpty() ? QString() : QDir(folder).filePath(names.last());
}

QPixmap scaled(const QImage& image) {
    return QPixmap::fromImage(image).scaled(kPictureSize * 2, kPictureSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}
} // namespace

SamplePreview::SamplePreview(QWidget* parent)
    : QWidget(parent), m_synthetic(new QLabel(this)), m_realPicture(new QLabel(this)), m_caption(new QLabel(this)),
      m_timer(new QTimer(this)) {
    for (QLabel* label : {m_synthetic, m_realPicture}) {
        label->setMinimumSize(kPictureSize, kPictureSize);
        label->setAlignment(Qt::AlignCenter);
        label->setFrameShape(QFrame::StyledPanel);
    }
    m_caption->setWordWrap(true);
    m_caption->setText(tr("Synthetic and real slices appear here while a pipeline trains."));
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_synthetic, 0, 0);
    layout->addWidget(m_realPicture, 0, 1);
    layout->addWidget(m_caption, 1, 0, 1, 2);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &SamplePreview::poll);
}

void SamplePreview::follow(const QString& ganSamples, const QString& pairs, std::shared_ptr<const Volume<float>> real) {
    m_ganSamples = ganSamples;
    m_pairs = pairs;
    m_real = std::move(real);
    m_shownFile.clear();
    if (ganSamples.isEmpty() && pairs.isEmpty()) {
        m_timer->stop();
        return;
    }
    m_timer->start();
    poll();
}

bool SamplePreview::hasPicture() const { return !m_synthetic->pixmap().isNull(); }

void SamplePreview::poll() {
    // The GAN's own samples first: they are what the U-Nets' input will look like.
    const QString sample = newestFile(m_ganSamples, QStringLiteral("step_*.png"));
    if (!sample.isEmpty()) {
        if (sample == m_shownFile)
            return;
        QImage picture(sample);
        if (picture.isNull())
            return; // being written: the next poll reads it
        m_shownFile = sample;
        show(picture, tr("GAN sample %1: blurred I_binary | G1 of it (I_syn) | real slice").arg(QFileInfo(sample).baseName()),
             QImage());
        return;
    }
    const QString crop = newestFile(m_pairs, QStringLiteral("pair*_input.tif"));
    if (crop.isEmpty() || crop == m_shownFile)
        return;
    try {
        const AnyVolume any = readVolume(crop.toStdString());
        const Volume<float> input = toFloat(any);
        m_shownFile = crop;
        show(middleSlice(input), tr("Training pair input %1 (middle slice) | real image (middle slice)").arg(QFileInfo(crop).fileName()),
             m_real ? middleSlice(*m_real) : QImage());
    } catch (const Error&) {
        // A crop still being written (the pairs are written atomically, so only a race): next poll.
    }
}

void SamplePreview::show(const QImage& synthetic, const QString& caption, const QImage& real) {
    m_synthetic->setPixmap(scaled(synthetic));
    m_realPicture->setVisible(!real.isNull());
    if (!real.isNull())
        m_realPicture->setPixmap(scaled(real));
    m_caption->setText(caption);
}

QImage SamplePreview::middleSlice(const Volume<float>& volume) {
    if (volume.empty())
        return {};
    const std::size_t z = volume.sizeZ() / 2, w = volume.sizeX(), h = volume.sizeY();
    std::vector<float> values;
    values.reserve(w * h);
    for (std::size_t y = 0; y < h; ++y)
        for (std::size_t x = 0; x < w; ++x)
            values.push_back(volume.at(x, y, z));
    std::vector<float> sorted = values;
    const auto at = [&sorted](double q) {
        const auto k = static_cast<std::ptrdiff_t>(q * double(sorted.size() - 1));
        std::nth_element(sorted.begin(), sorted.begin() + k, sorted.end());
        return sorted[static_cast<std::size_t>(k)];
    };
    const float low = at(0.01), high = std::max(at(0.99), low + 1e-6f);
    QImage image(static_cast<int>(w), static_cast<int>(h), QImage::Format_Grayscale8);
    for (std::size_t y = 0; y < h; ++y) {
        uchar* line = image.scanLine(static_cast<int>(y));
        for (std::size_t x = 0; x < w; ++x) {
            const float v = std::clamp((values[y * w + x] - low) / (high - low), 0.0f, 1.0f);
            line[x] = static_cast<uchar>(v * 255.0f + 0.5f);
        }
    }
    return image;
}

} // namespace nuclei3d::ui
