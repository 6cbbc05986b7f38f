#!/usr/bin/env bash
# The reference's "Manual test with curl", word for word; the job id is then substituted as its comment says.
set -euo pipefail

# Manual test with curl
curl -X POST "http://localhost:8000/batch/upload" \
  -F "files=@test/sample1.pdf" \
  -F "files=@test/sample2.pdf"
echo

# Save job_id from response, then:
curl "http://localhost:8000/status/{job_id}"
echo
