#pragma once
// Follows a loss file as core/unet/UnetTraining writes it (loss.csv: a header "step,loss,main,..."
// then one row per step, empty cells where a term has no value in that row) and feeds the new
// complete rows to a LossCurveModel. poll() reads only what was appended since the last call, so
// it can be called on a timer while training writes; a half-written last line waits for its end.
//
// Threads: UI thread only (reading a few appended lines is cheap).
#include <QString>
#include <QStringList>

namespace nuclei3d::ui {

class LossCurveModel;

class LossCsvReader {
  public:
    LossCsvReader(const QString& file, LossCurveModel* model);

    /// Reads what was appended; returns the number of rows added. A missing file is not an error
    /// (training may not have started); a file without a "step" column is (lastError()).
    int poll();
    QString file() const { return m_file; }
    QString lastError() const { return m_error; }

  private:
    void parseLine(const QString& line);

    QString m_file;
    LossCurveModel* m_model;
    qint64 m_offset = 0;
    QStringList m_columns;
    QString m_error;
    int m_added = 0;
};

} // namespace nuclei3d::ui
