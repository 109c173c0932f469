#include "io/OmeMetadata.h"

#include "io/NumberText.h"

#include <cctype>
#include <cmath>
#include <map>

namespace nuclei3d {

namespace {

// Appends code point `cp` as UTF-8 (for character references such as &#181;).
void appendUtf8(std::string& out, unsigned long cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x110000) {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::string decodeEntities(const std::string& value) {
    std::string out;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const std::size_t semicolon = value[i] == '&' ? value.find(';', i) : std::string::npos;
        if (semicolon == std::string::npos || semicolon - i > 10) {
            out += value[i];
            continue;
        }
        const std::string name = value.substr(i + 1, semicolon - i - 1);
        if (name == "amp")
            out += '&';
        else if (name == "lt")
            out += '<';
        else if (name == "gt")
            out += '>';
        else if (name == "quot")
            out += '"';
        else if (name == "apos")
            out += '\'';
        else if (name.size() > 1 && name[0] == '#') {
            const bool hex = name[1] == 'x' || name[1] == 'X';
            try {
                appendUtf8(out, std::stoul(name.substr(hex ? 2 : 1), nullptr, hex ? 16 : 10));
            } catch (const std::exception&) {
                out += value.substr(i, semicolon - i + 1);
            }
        } else {
            out += value.substr(i, semicolon - i + 1);
        }
        i = semicolon;
    }
    return out;
}

bool isNameChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' || c == ':';
}

// Position of the next start tag whose local name is `name` ("<Pixels" or "<ome:Pixels", but not
// "<PixelsType" or a closing tag), or npos.
std::size_t findStartTag(const std::string& xml, const std::string& name, std::size_t from) {
    for (std::size_t at = xml.find('<', from); at != std::string::npos; at = xml.find('<', at + 1)) {
        std::size_t end = at + 1;
        while (end < xml.size() && isNameChar(xml[end]))
            ++end;
        const std::string tag = xml.substr(at + 1, end - at - 1);
        const std::size_t colon = tag.rfind(':');
        if ((colon == std::string::npos ? tag : tag.substr(colon + 1)) == name)
            return at;
    }
    return std::string::npos;
}

// Attributes of the start tag beginning at `tag` (which points at '<').
std::map<std::string, std::string> attributesAt(const std::string& xml, std::size_t tag) {
    std::map<std::string, std::string> attributes;
    std::size_t i = tag + 1;
    while (i < xml.size() && isNameChar(xml[i]))
        ++i;
    while (i < xml.size()) {
        while (i < xml.size() && std::isspace(static_cast<unsigned char>(xml[i])))
            ++i;
        if (i >= xml.size() || xml[i] == '>' || xml[i] == '/')
            break;
        const std::size_t nameStart = i;
        while (i < xml.size() && isNameChar(xml[i]))
            ++i;
        const std::string name = xml.substr(nameStart, i - nameStart);
        while (i < xml.size() && std::isspace(static_cast<unsigned char>(xml[i])))
            ++i;
        if (name.empty() || i >= xml.size() || xml[i] != '=')
            break; // malformed: keep what was read so far
        ++i;
        while (i < xml.size() && std::isspace(static_cast<unsigned char>(xml[i])))
            ++i;
        if (i >= xml.size() || (xml[i] != '"' && xml[i] != '\''))
            break;
        const char quote = xml[i++];
        const std::size_t close = xml.find(quote, i);
        if (close == std::string::npos)
            break;
        attributes[name] = decodeEntities(xml.substr(i, close - i));
        i = close + 1;
    }
    return attributes;
}

std::size_t countValue(const std::map<std::string, std::string>& attributes, const char* key) {
    const auto it = attributes.find(key);
    if (it == attributes.end())
        return 1;
    const auto number = parseNumber(it->second);
    if (!number || !(*number >= 1.0) || *number > 1e12 || std::floor(*number) != *number)
        return 1;
    return static_cast<std::size_t>(*number);
}

std::optional<double> sizeValue(const std::map<std::string, std::string>& attributes, const char* key) {
    const auto it = attributes.find(key);
    if (it == attributes.end())
        return std::nullopt;
    return parseNumber(it->second);
}

void readUnit(const std::map<std::string, std::string>& attributes, const char* key, std::string& unit) {
    const auto it = attributes.find(key);
    if (it != attributes.end())
        unit = it->second;
}

} // namespace

OmePixels parseOmePixels(const std::string& xml) {
    OmePixels result;
    if (xml.find("<?xml") == std::string::npos && findStartTag(xml, "OME", 0) == std::string::npos)
        return result;
    std::size_t first = std::string::npos;
    for (std::size_t at = findStartTag(xml, "Pixels", 0); at != std::string::npos;
         at = findStartTag(xml, "Pixels", at + 1)) {
        if (first == std::string::npos)
            first = at;
        ++result.imageCount;
    }
    if (first == std::string::npos)
        return result;
    result.present = true;
    const auto attributes = attributesAt(xml, first);
    result.sizeC = countValue(attributes, "SizeC");
    result.sizeT = countValue(attributes, "SizeT");
    result.sizeZ = countValue(attributes, "SizeZ");
    result.physicalSizeX = sizeValue(attributes, "PhysicalSizeX");
    result.physicalSizeY = sizeValue(attributes, "PhysicalSizeY");
    result.physicalSizeZ = sizeValue(attributes, "PhysicalSizeZ");
    readUnit(attributes, "PhysicalSizeXUnit", result.unitX);
    readUnit(attributes, "PhysicalSizeYUnit", result.unitY);
    readUnit(attributes, "PhysicalSizeZUnit", result.unitZ);
    return result;
}

} // namespace nuclei3d
