// libFuzzer target: the JSON parameter loader (core/pipeline/ParameterSet). Any text must either
// merge into a set that is still valid against the schema or give a nuclei3d::Error.
#include "pipeline/Error.h"
#include "pipeline/ParameterSet.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    nuclei3d::ParameterSet parameters;
    try {
        parameters.mergeJson(text, "fuzz.json");
    } catch (const nuclei3d::Error&) {
        return 0;
    }
    // What was accepted must survive a round trip unchanged: toJson and mergeJson agree.
    nuclei3d::ParameterSet again;
    again.mergeJson(parameters.toJson(), "round-trip.json");
    if (!(again == parameters))
        std::abort();
    return 0;
}
