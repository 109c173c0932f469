#pragma once
// Locale-independent conversion between numbers and text for file metadata: a German or French
// desktop locale must not turn "0.5" into "0,5" in a file or fail to parse it back.
#include <optional>
#include <string>
#include <string_view>

namespace nuclei3d {

/// Parses a whole decimal number (surrounding blanks allowed); nullopt if the text is not one.
std::optional<double> parseNumber(std::string_view text);
/// Shortest text that reads back as exactly the same double.
std::string formatNumber(double value);

} // namespace nuclei3d
