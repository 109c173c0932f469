#pragma once
// A QSpinBox that says when it refuses typed text because the number is out of range: the plain
// QSpinBox silently drops the keystroke, which leaves the user guessing why nothing appears.
//
// Threads: UI thread only.
#include <QSpinBox>

#include <functional>

namespace nuclei3d::ui {

class CheckedSpinBox : public QSpinBox {
  public:
    using QSpinBox::QSpinBox;
    /// Called with the refused number's text; set by the parameter field to show a message.
    void setOnOutOfRange(std::function<void(const QString&)> callback) {
        m_onOutOfRange = std::move(callback);
    }

  protected:
    QValidator::State validate(QString& text, int& pos) const override;

  private:
    std::function<void(const QString&)> m_onOutOfRange;
};

} // namespace nuclei3d::ui
