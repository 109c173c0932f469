#include "views/CheckedDoubleSpinBox.h"

namespace nuclei3d::ui {

QValidator::State CheckedDoubleSpinBox::validate(QString& text, int& pos) const {
    const QValidator::State state = QDoubleSpinBox::validate(text, pos);
    if (state == QValidator::Invalid && m_onOutOfRange) {
        // Only a well-formed number is "out of range"; letters and the like are just ignored.
        bool ok = false;
        const QString number =
            text.mid(prefix().size(), text.size() - prefix().size() - suffix().size()).trimmed();
        locale().toDouble(number, &ok);
        if (ok)
            m_onOutOfRange(number);
    }
    return state;
}

} // namespace nuclei3d::ui
