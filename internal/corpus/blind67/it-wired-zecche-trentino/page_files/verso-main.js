/* verso (trimmed) */
window.cnBus=window.cnBus||{};
