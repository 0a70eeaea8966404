#pragma once

namespace kw::cli {

// Exit codes scripts can tell apart. Documented in `kilowatch-cli --help` and the README.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,            // network error, timeout, HTTP error, unreadable file or trust store
    ExitBadInput = 2,           // input or device answer is not a lala.cgi JSON object
    ExitCertificateChanged = 3, // the device presented a different certificate than the pinned one
    ExitNoData = 4,             // no log for that day (HTTP 404); no recorded data in that range
    ExitUsage = 64,             // bad command line (sysexits EX_USAGE)
};

} // namespace kw::cli
