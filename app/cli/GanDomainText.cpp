#include "GanDomainText.h"

#include <cstdio>

namespace nuclei3d::cli {

std::string ganDomainDensityText(const SynthSettings& domainA) {
    char text[64];
    if (domainA.count == 0)
        std::snprintf(text, sizeof text, "foreground fraction %.3f", domainA.foregroundFraction);
    else
        std::snprintf(text, sizeof text, "%zu nuclei per volume", domainA.count);
    return text;
}

} // namespace nuclei3d::cli
