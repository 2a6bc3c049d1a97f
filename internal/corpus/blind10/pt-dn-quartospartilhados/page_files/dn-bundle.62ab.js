var dn={};
