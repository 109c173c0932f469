#pragma once
// TIFF volume reading and writing in one include: readVolumeInfo, readVolume, readLabelVolume
// (TiffReader.h) and writeVolume (TiffWriter.h).
#include "io/TiffReader.h"
#include "io/TiffWriter.h"
