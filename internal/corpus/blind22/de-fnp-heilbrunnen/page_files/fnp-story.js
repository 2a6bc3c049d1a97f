window.ippen=window.ippen||{};
