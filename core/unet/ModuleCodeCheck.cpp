#include "unet/ModuleCodeCheck.h"

#include <array>
#include <cctype>
#include <vector>

namespace nuclei3d {
namespace {

constexpr std::size_t kMaxTypeNesting = 16;

// Reads the line from `pos`, advancing by what it accepts; every reader returns false on anything else.
class LineReader {
public:
    explicit LineReader(std::string_view line) : m_line(line) {}

    bool atEnd() const { return m_pos == m_line.size(); }

    bool literal(std::string_view text) {
        if (m_line.substr(m_pos, text.size()) != text)
            return false;
        m_pos += text.size();
        return true;
    }

    bool identifier(std::string_view* read = nullptr) {
        const std::size_t start = m_pos;
        if (m_pos >= m_line.size() || !(std::isalpha(static_cast<unsigned char>(m_line[m_pos])) || m_line[m_pos] == '_'))
            return false;
        while (m_pos < m_line.size() && (std::isalnum(static_cast<unsigned char>(m_line[m_pos])) || m_line[m_pos] == '_'))
            ++m_pos;
        if (read)
            *read = m_line.substr(start, m_pos - start);
        return true;
    }

    // "..." with no quote, backslash or control character inside (names torch::serialize writes).
    bool quoted() {
        if (!literal("\""))
            return false;
        while (m_pos < m_line.size() && m_line[m_pos] != '"') {
            const auto c = static_cast<unsigned char>(m_line[m_pos]);
            if (c == '\\' || c < 0x20)
                return false;
            ++m_pos;
        }
        return literal("\"");
    }

    // Tensor, int, Optional[...], Tuple[float, float], __torch__.___torch_mangle_3.Module, ...
    bool type(std::size_t nesting = 0) {
        if (nesting > kMaxTypeNesting)
            return false;
        std::string_view first;
        if (!identifier(&first))
            return false;
        if (first == "__torch__") {
            std::size_t parts = 0;
            while (literal("."))
                if (!identifier())
                    return false;
                else
                    ++parts;
            return parts > 0; // a module's class, never a bare __torch__
        }
        static constexpr std::array<std::string_view, 9> kLeaves{"Tensor", "int", "float", "str", "bool",
                                                                  "complex", "NoneType", "Any", "Device"};
        static constexpr std::array<std::string_view, 5> kGenerics{"Optional", "Tuple", "List", "Dict", "Union"};
        for (std::string_view leaf : kLeaves)
            if (first == leaf)
                return true;
        bool generic = false;
        for (std::string_view g : kGenerics)
            generic = generic || first == g;
        if (!generic || !literal("[") || !type(nesting + 1))
            return false;
        while (literal(", "))
            if (!type(nesting + 1))
                return false;
        return literal("]");
    }

    // ["a", "b", ] as torch writes __parameters__ and __buffers__ (every name followed by ", ").
    bool nameList() {
        if (!literal("["))
            return false;
        while (!literal("]"))
            if (!quoted() || !literal(", "))
                return false;
        return true;
    }

private:
    std::string_view m_line;
    std::size_t m_pos = 0;
};

bool isMemberLine(std::string_view line) {
    LineReader r(line);
    if (!r.literal("  "))
        return false;
    if (r.literal("__parameters__ = ") || r.literal("__buffers__ = "))
        return r.nameList() && r.atEnd();
    if (r.literal("__annotations__"))
        return (r.literal(" = []") || (r.literal("[") && r.quoted() && r.literal("] = ") && r.type())) && r.atEnd();
    return r.identifier() && r.literal(" : ") && r.type() && r.atEnd();
}

} // namespace

std::string findModuleCodeProblem(std::string_view source) {
    std::vector<std::string_view> lines;
    for (std::size_t start = 0; start < source.size();) {
        const std::size_t end = std::min(source.find('\n', start), source.size());
        lines.push_back(source.substr(start, end - start));
        start = end + 1;
    }
    bool classSeen = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string_view line = lines[i];
        if (line.empty())
            continue;
        const std::string where = "line " + std::to_string(i + 1);
        if (!classSeen) {
            if (line != "class Module(Module):")
                return where + ": not the module class declaration LibTorch archives begin with";
            classSeen = true;
        } else if (!isMemberLine(line)) {
            return where + ": not a parameter, buffer or attribute declaration";
        }
    }
    return classSeen ? std::string() : std::string("no module class declaration");
}

} // namespace nuclei3d
