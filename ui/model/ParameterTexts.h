#pragma once
// The parameter schema lives in core, which has no Qt, so lupdate cannot see its English texts.
// ParameterTexts.cpp repeats every stage title, label and help text of the schema inside
// QT_TRANSLATE_NOOP, where lupdate finds them; test_parameter_texts fails when the two drift apart
// and prints the lines to paste.
#include <QString>

#include <string>
#include <vector>

namespace nuclei3d::ui {

/// The translation of one of the schema's English texts in the "ParameterTexts" context (the text
/// itself when there is none).
QString parameterText(const std::string& english);

/// Every text listed for translators, in the schema's order.
std::vector<std::string> parameterTextsForTranslators();

} // namespace nuclei3d::ui
