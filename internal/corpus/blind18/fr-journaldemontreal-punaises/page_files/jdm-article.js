window.qc=window.qc||{};
