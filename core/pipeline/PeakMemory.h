#pragma once
// Peak resident memory of this process, for the benchmarks. On Linux the peak can be reset so
// that each measured step shows its own (writing 5 to /proc/self/clear_refs resets VmHWM).
namespace nuclei3d {

void resetPeakMemory();
/// Peak resident memory since start or the last reset, in MiB; -1 where the platform cannot tell.
double peakMemoryMebibytes();

} // namespace nuclei3d
