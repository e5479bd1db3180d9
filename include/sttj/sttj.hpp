#ifndef STTJ_STTJ_HPP
#define STTJ_STTJ_HPP

/// The umbrella header: everything in sttj except the test helpers in
/// testing/ (<sttj/testing/fuzzing.hpp> for fuzz targets, and
/// <sttj/testing/rapidcheck.hpp>, which needs RapidCheck) and the HTTP
/// framing: <sttj/protocol.hpp> (the client's request) and
/// <sttj/http_server.hpp> (the service's side). Those bring std::vector and
/// std::string code that a TU which only reads and writes the JSON bodies
/// should not compile (bench/README.md, compile time).
///
/// How the headers fit, in the order the data flows:
///
///   bytes --> parse.hpp, parse_error.hpp --> the model --> serialize.hpp --> bytes
///             (detail/json_reader.hpp)                    (detail/json_writer.hpp)
///
///   the model   model.hpp: StopTextTranslationJobRequest and ...Response,
///               made of job_id.hpp (JobId, its validator; utf8_problem.hpp)
///               and job_status.hpp (JobStatus, OpenJobStatus);
///               error_response.hpp; lenient.hpp
///   results     result.hpp (Result<T>, an expected-like type) holding an
///               error.hpp Error: category, byte offset, member, message;
///               error_format.hpp renders one as a line of text
///   around it   lifecycle.hpp (which status follows which), version.hpp,
///               config.hpp (build modes); and, included on their own,
///               protocol.hpp (the HTTP messages, the client's request) and
///               http_server.hpp (the service's side: read a request, build
///               the reply)
///
/// Each validator, parser and writer is a constexpr definition; at run time
/// it hands over to its fast path in impl/, which a header-only build
/// compiles in every TU and STTJ_SEPARATE_COMPILATION once, in src/sttj.cpp.

#include "config.hpp"
#include "error.hpp"
#include "error_format.hpp"
#include "error_response.hpp"
#include "inline_string.hpp"
#include "job_id.hpp"
#include "job_status.hpp"
#include "lenient.hpp"
#include "lifecycle.hpp"
#include "model.hpp"
#include "parse.hpp"
#include "parse_error.hpp"
#include "result.hpp"
#include "serialize.hpp"
#include "utf8_problem.hpp"
#include "version.hpp"
#include "wire_names.hpp"

#endif  // STTJ_STTJ_HPP
