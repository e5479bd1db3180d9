#ifndef STTJ_STTJ_HPP
#define STTJ_STTJ_HPP

/// The umbrella header: everything in sttj except the optional extras that
/// need another library (<sttj/rapidcheck.hpp>).

#include "error.hpp"
#include "job_id.hpp"
#include "job_status.hpp"
#include "lifecycle.hpp"
#include "model.hpp"
#include "result.hpp"
#include "version.hpp"

#endif  // STTJ_STTJ_HPP
