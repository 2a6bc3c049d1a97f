window.glacier=window.glacier||{};
