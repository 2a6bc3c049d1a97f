window.ECConfig={};
