#include "unet/PickleCheck.h"

#include <cstdint>
#include <optional>

namespace nuclei3d {
namespace {

// How the argument of an opcode is laid out (Python's Lib/pickletools.py documents every opcode).
enum class Argument {
    None,
    Fixed,        // `size` bytes
    Counted,      // a little-endian length of `size` bytes, then that many bytes
    Line,         // text up to a newline
    TwoLines,     // module and name, each up to a newline
};

struct Opcode {
    Argument argument = Argument::None;
    int size = 0;
    bool putsMemo = false; // stores the top of the stack under the index in its argument
    bool getsMemo = false; // reads the memo at the index in its argument
};

std::optional<Opcode> describe(unsigned char code) {
    switch (code) {
    // no argument
    case '.': case '(': case '0': case '1': case '2': case 'N': case 'R': case 'b': case 'a': case 'e':
    case 'd': case '}': case 'l': case ']': case 'o': case 's': case 'u': case 't': case ')': case 'Q':
    case 0x81: case 0x85: case 0x86: case 0x87: case 0x88: case 0x89: case 0x8f: case 0x90: case 0x91:
    case 0x92: case 0x93: case 0x97: case 0x98:
        return Opcode{};
    case 0x94: // MEMOIZE: the next memo index, implicitly
        return Opcode{Argument::None, 0, true, false};
    // fixed-size arguments
    case 0x80: case 'K': case 0x82: return Opcode{Argument::Fixed, 1};
    case 'M': case 0x83: return Opcode{Argument::Fixed, 2};
    case 'J': case 0x84: return Opcode{Argument::Fixed, 4};
    case 'G': case 0x95: return Opcode{Argument::Fixed, 8};
    case 'q': return Opcode{Argument::Fixed, 1, true, false};
    case 'r': return Opcode{Argument::Fixed, 4, true, false};
    case 'h': return Opcode{Argument::Fixed, 1, false, true};
    case 'j': return Opcode{Argument::Fixed, 4, false, true};
    // length-prefixed arguments
    case 'U': case 'C': case 0x8c: case 0x8a: return Opcode{Argument::Counted, 1};
    case 'T': case 'B': case 'X': case 0x8b: return Opcode{Argument::Counted, 4};
    case 0x8d: case 0x8e: case 0x96: return Opcode{Argument::Counted, 8};
    // text arguments (protocol 0)
    case 'I': case 'L': case 'F': case 'S': case 'V': case 'P': return Opcode{Argument::Line};
    case 'p': return Opcode{Argument::Line, 0, true, false};
    case 'g': return Opcode{Argument::Line, 0, false, true};
    case 'c': case 'i': return Opcode{Argument::TwoLines};
    default:
        return std::nullopt;
    }
}

std::uint64_t littleEndian(std::string_view bytes) {
    std::uint64_t value = 0;
    for (std::size_t i = bytes.size(); i-- > 0;)
        value = (value << 8) | static_cast<unsigned char>(bytes[i]);
    return value;
}

std::optional<std::uint64_t> decimal(std::string_view text) {
    if (text.empty() || text.size() > 19)
        return std::nullopt;
    std::uint64_t value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return value;
}

std::string at(std::size_t offset) { return " at byte " + std::to_string(offset); }

} // namespace

std::string findPickleProblem(std::string_view pickle) {
    std::uint64_t memoized = 0; // memo entries so far: picklers number them 0, 1, 2, ...
    std::size_t pos = 0;
    while (pos < pickle.size()) {
        const std::size_t start = pos;
        const auto code = static_cast<unsigned char>(pickle[pos++]);
        const std::optional<Opcode> op = describe(code);
        if (!op)
            return "unknown pickle opcode " + std::to_string(code) + at(start);
        if (code == '.')
            return {};
        const std::size_t left = pickle.size() - pos;
        std::optional<std::uint64_t> index; // memo index of a put or get
        switch (op->argument) {
        case Argument::None:
            if (op->putsMemo)
                index = memoized;
            break;
        case Argument::Fixed:
            if (left < static_cast<std::size_t>(op->size))
                return "pickle ends inside an argument" + at(start);
            if (op->putsMemo || op->getsMemo)
                index = littleEndian(pickle.substr(pos, static_cast<std::size_t>(op->size)));
            pos += static_cast<std::size_t>(op->size);
            break;
        case Argument::Counted: {
            if (left < static_cast<std::size_t>(op->size))
                return "pickle ends inside a length" + at(start);
            const std::uint64_t length = littleEndian(pickle.substr(pos, static_cast<std::size_t>(op->size)));
            pos += static_cast<std::size_t>(op->size);
            if (length > pickle.size() - pos)
                return "pickle declares " + std::to_string(length) + " bytes but has " +
                       std::to_string(pickle.size() - pos) + " left" + at(start);
            pos += static_cast<std::size_t>(length);
            break;
        }
        case Argument::Line:
        case Argument::TwoLines: {
            const int lines = op->argument == Argument::Line ? 1 : 2;
            for (int line = 0; line < lines; ++line) {
                const std::size_t end = pickle.find('\n', pos);
                if (end == std::string_view::npos)
                    return "pickle ends inside a text argument" + at(start);
                if (op->putsMemo || op->getsMemo) {
                    index = decimal(pickle.substr(pos, end - pos));
                    if (!index)
                        return "pickle memo index is not a number" + at(start);
                }
                pos = end + 1;
            }
            break;
        }
        }
        if (op->putsMemo) {
            if (*index > memoized)
                return "pickle memo index " + std::to_string(*index) + " skips ahead of the " +
                       std::to_string(memoized) + " entries stored" + at(start);
            if (*index == memoized)
                ++memoized;
        } else if (op->getsMemo && *index >= memoized) {
            return "pickle reads memo entry " + std::to_string(*index) + " of " + std::to_string(memoized) + at(start);
        }
    }
    return "pickle has no STOP opcode";
}

} // namespace nuclei3d
