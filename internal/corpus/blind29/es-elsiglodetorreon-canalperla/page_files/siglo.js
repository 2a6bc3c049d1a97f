window.ESDT=window.ESDT||{};ESDT.seccion='torreon';
