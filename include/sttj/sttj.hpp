#ifndef STTJ_STTJ_HPP
#define STTJ_STTJ_HPP

/// The umbrella header: everything in sttj except the optional extras that
/// need another library (<sttj/testing/rapidcheck.hpp>).

#include "config.hpp"
#include "error.hpp"
#include "error_response.hpp"
#include "inline_string.hpp"
#include "job_id.hpp"
#include "job_status.hpp"
#include "lenient.hpp"
#include "lifecycle.hpp"
#include "model.hpp"
#include "parse.hpp"
#include "protocol.hpp"
#include "result.hpp"
#include "serialize.hpp"
#include "version.hpp"
#include "wire_names.hpp"

#endif  // STTJ_STTJ_HPP
