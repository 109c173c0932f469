#include "pipeline/PeakMemory.h"

#include <fstream>
#include <locale>
#include <sstream>
#include <string>

namespace nuclei3d {

void resetPeakMemory() {
#ifdef __linux__
    std::ofstream("/proc/self/clear_refs") << "5";
#endif
}

double peakMemoryMebibytes() {
#ifdef __linux__
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0) {
            std::istringstream fields(line.substr(6));
            fields.imbue(std::locale::classic());
            double kibibytes = 0;
            fields >> kibibytes;
            return kibibytes / 1024.0; // the line is in kB
        }
#endif
    return -1.0;
}

} // namespace nuclei3d
