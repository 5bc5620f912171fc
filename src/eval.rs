//! Scoring predictions against hand-annotated gold (`whosaid eval`).
