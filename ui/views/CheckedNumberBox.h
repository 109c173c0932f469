#pragma once
// A QSpinBox or QDoubleSpinBox that says when it refuses typed text because the number is out of
// range: the plain spin boxes silently drop the keystroke, which leaves the user guessing why
// nothing appears. One template for both, as only the number parsing differs.
//
// Threads: UI thread only.
#include <QDoubleSpinBox>
#include <QSpinBox>

#include <functional>
#include <type_traits>

namespace nuclei3d::ui {

template <typename SpinBox>
class CheckedNumberBox : public SpinBox {
  public:
    using SpinBox::SpinBox;
    /// Called with the refused number's text; set by the parameter field to show a message.
    void setOnOutOfRange(std::function<void(const QString&)> callback) { m_onOutOfRange = std::move(callback); }

  protected:
    QValidator::State validate(QString& text, int& pos) const override {
        const QValidator::State state = SpinBox::validate(text, pos);
        if (state == QValidator::Invalid && m_onOutOfRange) {
            // Only a well-formed number is "out of range"; letters and the like are just ignored.
            bool ok = false;
            const QString number =
                text.mid(this->prefix().size(), text.size() - this->prefix().size() - this->suffix().size())
                    .trimmed();
            if constexpr (std::is_same_v<SpinBox, QSpinBox>)
                this->locale().toLongLong(number, &ok);
            else
                this->locale().toDouble(number, &ok);
            if (ok)
                m_onOutOfRange(number);
        }
        return state;
    }

  private:
    std::function<void(const QString&)> m_onOutOfRange;
};

using CheckedSpinBox = CheckedNumberBox<QSpinBox>;
using CheckedDoubleSpinBox = CheckedNumberBox<QDoubleSpinBox>;

} // namespace nuclei3d::ui
