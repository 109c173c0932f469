#include "model/NucleusTable.h"

#include "pipeline/Error.h"
#include "postprocess/MeasurementsCsv.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <fstream>
#include <string>

namespace nuclei3d::ui {

NucleusTable::NucleusTable(std::vector<NucleusMeasurement> nuclei) : m_nuclei(std::move(nuclei)) {
    std::sort(m_nuclei.begin(), m_nuclei.end(),
              [](const NucleusMeasurement& a, const NucleusMeasurement& b) { return a.id < b.id; });
}

namespace {

/// One CSV record's fields (RFC 4180 quoting, as MeasurementsCsv writes class names).
std::vector<std::string> splitCsvLine(const std::string& line) {
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                fields.back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                fields.back() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.emplace_back();
        } else if (c != '\r') {
            fields.back() += c;
        }
    }
    return fields;
}

template <typename T>
bool parseNumber(const std::string& text, T& value) {
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    return ec == std::errc() && ptr == end;
}

} // namespace

NucleusTable NucleusTable::readCsv(const std::filesystem::path& file) {
    std::ifstream in(file);
    if (!in)
        throw FileError(file, "cannot be opened for reading");
    std::string line;
    if (!std::getline(in, line))
        throw FileError(file, "is empty: a header row of nucleus measurements was expected");
    const std::vector<std::string> header = splitCsvLine(line);
    auto column = [&](const char* name) {
        const auto it = std::find(header.begin(), header.end(), name);
        if (it == header.end())
            throw FileError(file, std::string("has no column '") + name + "'");
        return static_cast<std::size_t>(it - header.begin());
    };
    const std::size_t id = column("id"), voxels = column("volume_vox"), volume = column("volume_um3"),
                      diameter = column("equivalent_diameter_um"), roundness = column("roundness"),
                      className = column("class");
    std::vector<NucleusMeasurement> nuclei;
    for (std::size_t row = 2; std::getline(in, line); ++row) {
        if (line.empty() || line == "\r")
            continue;
        const std::vector<std::string> f = splitCsvLine(line);
        NucleusMeasurement n;
        if (f.size() != header.size() || !parseNumber(f[id], n.id) || !parseNumber(f[voxels], n.volumeVoxels) ||
            !parseNumber(f[volume], n.volumeCubicMicrometres) ||
            !parseNumber(f[diameter], n.equivalentDiameterMicrometres) || !parseNumber(f[roundness], n.roundness))
            throw FileError(file, "row " + std::to_string(row) + " is not a row of nucleus measurements");
        n.className = f[className];
        nuclei.push_back(std::move(n));
    }
    return NucleusTable(std::move(nuclei));
}

const NucleusMeasurement* NucleusTable::find(std::uint32_t id) const {
    const auto it = std::lower_bound(m_nuclei.begin(), m_nuclei.end(), id,
                                     [](const NucleusMeasurement& n, std::uint32_t value) { return n.id < value; });
    return it != m_nuclei.end() && it->id == id ? &*it : nullptr;
}

QString describeMeasurement(const NucleusMeasurement& nucleus) {
    QString text = QCoreApplication::translate("NucleusTable", "%1 um^3, diameter %2 um, roundness %3")
                       .arg(nucleus.volumeCubicMicrometres, 0, 'f', 1)
                       .arg(nucleus.equivalentDiameterMicrometres, 0, 'f', 2)
                       .arg(nucleus.roundness, 0, 'f', 2);
    if (!nucleus.className.empty())
        text += QCoreApplication::translate("NucleusTable", ", class %1").arg(QString::fromStdString(nucleus.className));
    return text;
}

} // namespace nuclei3d::ui
