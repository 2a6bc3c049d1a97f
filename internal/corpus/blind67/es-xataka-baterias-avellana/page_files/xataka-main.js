/* webedia bundle (trimmed) */
window.WSL2=window.WSL2||{};
