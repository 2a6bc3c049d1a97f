window.id=window.id||{};
