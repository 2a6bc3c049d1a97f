window.br=window.br||{};
