// The ids of the exhaustive multi-byte sweep: valid scalars, one sequence
// (whole, cut off by the id's end, or ill-formed) at every byte position of
// 1..70-byte ids, valid scalars after it. The sizes cross every block and
// word boundary of the JobId fast paths (16, 32, 48 and 64 bytes), and a
// lead in bytes 61..63 calls for continuation bytes past bit 63. Shared by
// the JobId tests and the canonical-parse tests. Test code only.
#ifndef STTJ_TESTS_JOB_ID_SWEEP_HPP
#define STTJ_TESTS_JOB_ID_SWEEP_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace sttj_test {

struct SweepSequence {
    std::string_view bytes;
    /// Allowed when whole (an allowed scalar).
    bool allowed;
    /// Allowed when the id's end cuts it to this many bytes (0: never).
    std::size_t allowed_when_cut_to = 0;
    /// Still allowed whatever continuation byte replaces its last byte.
    bool any_last_byte_allowed = false;
};

/// The sequences put at every position. For each length there is an
/// allowed one whose prefix, completed by any continuation byte, is still an
/// allowed scalar (D0 80..BF: Cyrillic; E4 B8 80..BF: CJK; F0 90 82 80..BF:
/// Linear B ideograms): a fast path that reads the byte after a truncated
/// lead and takes it for the missing continuation byte then says "valid"
/// where the id is not, and tests that put a continuation byte after the id
/// see it.
// clang-format would put each piece of a split literal ("\xE4\xB8" "k") on a line of its own.
// clang-format off
inline constexpr SweepSequence sweep_sequences[] = {
    {"\xC3\xA9", true},                     // U+00E9 e acute
    {"\xD0\x96", true, 0, true},            // U+0416 Cyrillic Zhe
    {"\xE4\xB8\xAD", true, 0, true},        // U+4E2D CJK
    {"\xE3\x80\x80", true},                 // U+3000 ideographic space (Zs)
    {"\xF0\x9D\x90\x80", true},             // U+1D400 mathematical bold A
    {"\xF0\x90\x82\x80", true, 0, true},    // U+10080 Linear B ideogram B100 (Lo)
    {"\xC2\xA7", false},                    // U+00A7 section sign (Po)
    {"\xE2\x82\xAC", false},                // U+20AC euro sign (Sc)
    {"\xF0\x9F\x98\x80", false},            // U+1F600 (So)
    {"\x80", false},                        // stray continuation byte
    {"\xC0\x80", false},                    // overlong (C0)
    {"\xE0\x80\x80", false},                // overlong 3-byte
    {"\xF0\x80\x80\x80", false},            // overlong 4-byte
    {"\xED\xA0\x80", false},                // surrogate U+D800
    {"\xF4\x90\x80\x80", false},            // above U+10FFFF
    {"\xF5\x80\x80\x80", false},            // F5: never valid
    {"\xC3\xA9\x80", false, 2},             // good sequence, then a stray continuation
    {"\xE4\xB8" "k", false},                // lead short of a continuation byte
    {"!", false},                           // bad ASCII
};
// clang-format on

/// Fillers for the valid runs around the sequence: 4-byte scalars keep even
/// a 70-byte id under 33 scalars; 2-byte ones put up to 32 multi-byte
/// sequences in 64 bytes and take 66..70-byte ids past 32 scalars.
inline constexpr std::string_view sweep_fillers[] = {"\xF0\x9D\x90\x80", "\xC3\xA9"};  // U+1D400, U+00E9

/// `bytes` bytes of allowed scalars: `filler` as often as it fits, then 'k'.
inline std::string sweep_valid_run(std::string_view filler, std::size_t bytes) {
    std::string run;
    for (; bytes >= filler.size(); bytes -= filler.size()) run += filler;
    return run.append(bytes, 'k');
}

/// How many scalars sweep_valid_run(filler, bytes) has.
inline std::size_t sweep_run_scalars(std::string_view filler, std::size_t bytes) {
    return bytes / filler.size() + bytes % filler.size();
}

struct SweepId {
    std::string bytes;
    std::size_t pos;  ///< where the sequence starts
    const SweepSequence* sequence;
    std::size_t kept;  ///< bytes of the sequence that fit
    bool valid;        ///< what the JobId rules say, counted independently
};

/// Calls visit(const SweepId&) for each id of 1..max_size bytes.
template <class Visit>
void for_each_sweep_id(std::string_view filler, std::size_t max_size, Visit&& visit) {
    for (std::size_t size = 1; size <= max_size; ++size) {
        for (std::size_t pos = 0; pos < size; ++pos) {
            for (const SweepSequence& sequence : sweep_sequences) {
                const std::string_view kept = sequence.bytes.substr(0, size - pos);
                const std::size_t after = size - pos - kept.size();
                const bool allowed = kept.size() == sequence.bytes.size() ? sequence.allowed
                                                                          : kept.size() == sequence.allowed_when_cut_to;
                const bool valid =
                    allowed && sweep_run_scalars(filler, pos) + 1 + sweep_run_scalars(filler, after) <= 32;
                visit(SweepId{sweep_valid_run(filler, pos) + std::string(kept) + sweep_valid_run(filler, after), pos,
                              &sequence, kept.size(), valid});
            }
        }
    }
}

}  // namespace sttj_test

#endif  // STTJ_TESTS_JOB_ID_SWEEP_HPP
