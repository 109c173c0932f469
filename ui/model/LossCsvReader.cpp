#include "model/LossCsvReader.h"

#include "model/LossCurveModel.h"

#include <QCoreApplication>
#include <QFile>

namespace nuclei3d::ui {

LossCsvReader::LossCsvReader(const QString& file, LossCurveModel* model) : m_file(file), m_model(model) {}

int LossCsvReader::poll() {
    QFile f(m_file);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    if (f.size() < m_offset) {
        // The file was started again (a new run in the same folder): read it from the top.
        m_offset = 0;
        m_columns.clear();
        m_model->clear();
    }
    if (!f.seek(m_offset))
        return 0;
    const QByteArray appended = f.readAll();
    const qsizetype lastNewline = appended.lastIndexOf('\n');
    if (lastNewline < 0)
        return 0;
    m_offset += lastNewline + 1;
    m_added = 0;
    const QList<QByteArray> lines = appended.left(lastNewline).split('\n');
    for (const QByteArray& line : lines)
        parseLine(QString::fromUtf8(line).trimmed());
    return m_added;
}

void LossCsvReader::parseLine(const QString& line) {
    if (line.isEmpty())
        return;
    const QStringList cells = line.split(QLatin1Char(','));
    if (m_columns.isEmpty()) {
        if (cells.value(0).trimmed() != QLatin1String("step")) {
            m_error = QCoreApplication::translate("nuclei3d::ui::LossCsvReader",
                                                  "%1: the first line is not a loss header starting with \"step\"")
                          .arg(m_file);
            return;
        }
        m_columns = cells;
        m_error.clear();
        return;
    }
    bool ok = false;
    const qint64 step = cells.value(0).toLongLong(&ok);
    if (!ok)
        return; // a damaged line (a crash mid-write) is skipped, the rest still shows
    QMap<QString, double> values;
    for (int c = 1; c < cells.size() && c < m_columns.size(); ++c) {
        const double v = cells[c].toDouble(&ok); // toDouble is locale-independent (always '.')
        if (ok)
            values.insert(m_columns[c].trimmed(), v);
    }
    if (!values.isEmpty()) {
        m_model->addRow(step, values);
        ++m_added;
    }
}

} // namespace nuclei3d::ui
