window.cn={};
