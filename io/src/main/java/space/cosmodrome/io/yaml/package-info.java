/** YAML input shared by the mission and catalog readers: errors with line, column and field path. */
package space.cosmodrome.io.yaml;
