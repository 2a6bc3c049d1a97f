window.JN=window.JN||{};
